// Gets a Direct Line token from this server (never a secret) and opens Web Chat with it.
(function () {
  'use strict';

  var FAILED =
    'The chat could not start. Please reload the page, or call the Member Services number on your ID card (TTY 711). ' +
    'For a life-threatening emergency, call 911.';

  // Web Chat's own options, not CSS overrides: readable text, large touch targets, clear contrast.
  var styleOptions = {
    accent: '#00609c',
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    rootHeight: '100%',
    bubbleBackground: '#f0f4f8',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#00609c',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    bubbleMaxWidth: 640,
    hideUploadButton: true,
    sendBoxHeight: 48,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    suggestedActionBorderColor: '#00609c',
    suggestedActionTextColor: '#00497a'
  };

  function showStatus(text) {
    var status = document.getElementById('webchat-status');
    if (status) status.textContent = text;
  }

  fetch('/api/directline/token', { method: 'POST' })
    .then(function (response) {
      if (!response.ok) throw new Error('token request failed: ' + response.status);
      return response.json();
    })
    .then(function (connection) {
      var directLine = window.WebChat.createDirectLine({
        token: connection.token,
        domain: new URL(connection.domain, window.location.href).href.replace(/\/$/, ''),
        webSocket: connection.webSocket
      });
      window.WebChat.renderWebChat(
        { directLine: directLine, locale: 'en-US', styleOptions: styleOptions },
        document.getElementById('webchat')
      );
    })
    .catch(function () {
      showStatus(FAILED);
    });
})();
