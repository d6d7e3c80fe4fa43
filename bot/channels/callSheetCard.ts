import { CardFactory, type Attachment } from 'botbuilder';
import type { CallSheet } from '../../knowledge/callSheet/composeCallSheet';

/** Teams and Web Chat both render Adaptive Cards up to 1.5. */
export const ADAPTIVE_CARD_VERSION = '1.5';

const heading = (text: string) => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' });
const line = (text: string) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' });

/**
 * The call sheet as a read-only Adaptive Card: no input fields, so nothing the member writes
 * ever reaches the bot; the blanks are for their own notes.
 */
export function callSheetCard(sheet: CallSheet): Attachment {
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: ADAPTIVE_CARD_VERSION,
    speak: sheet.title,
    body: [
      { type: 'TextBlock', text: sheet.title, weight: 'Bolder', size: 'Medium', wrap: true },
      heading('Have ready'),
      ...sheet.checklist.map((item) => line(`☐ ${item}`)),
      heading('Call'),
      line(sheet.callLine),
      heading('Call log'),
      { type: 'FactSet', facts: sheet.logFields.map((field) => ({ title: field, value: '______' })) },
      ...sheet.tips.map((tip) => ({ ...line(`Tip: ${tip}`), isSubtle: true })),
    ],
  });
}
