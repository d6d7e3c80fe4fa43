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

  // A member on a phone taps a number to call it instead of retyping it: "1-800-464-4000", "303-338-3800" and 911
  // become tel: links in the text Web Chat has rendered (and sanitised), outside tags and existing links;
  // page.css keeps each on one line.
  var PHONE_NUMBER = /\b(?:1-)?(\d{3})-(\d{3})-(\d{4})\b|\b911\b/g;
  var TAG = /(<[^>]*>)/;

  function linkPhoneNumbers(text) {
    return text.replace(PHONE_NUMBER, function (number, area, exchange, line) {
      var dial = area ? '+1' + area + exchange + line : number;
      return '<a href="tel:' + dial + '">' + number + '</a>';
    });
  }

  function renderMarkdown(markdown, newLineOptions, linkOptions) {
    var inLink = false;
    return window.WebChat.renderMarkdown(markdown, newLineOptions, linkOptions)
      .split(TAG)
      .map(function (part) {
        if (/^<a[\s>]/i.test(part)) inLink = true;
        else if (/^<\/a>/i.test(part)) inLink = false;
        else if (part.charAt(0) !== '<' && !inLink) return linkPhoneNumbers(part);
        return part;
      })
      .join('');
  }

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
        { directLine: directLine, locale: 'en-US', styleOptions: styleOptions, renderMarkdown: renderMarkdown },
        document.getElementById('webchat')
      );
    })
    .catch(function () {
      showStatus(FAILED);
    });
})();
