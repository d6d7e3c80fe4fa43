import type { Choice } from '../answers/composeAnswer';
import type { CallIssue } from './composeCallSheet';

/** "Help me get ready to call", "make my call sheet", "call checklist". */
const REQUEST =
  /\b(call ?sheet|(get|getting) ready (to|for) (call|calling|my call|the call)|prepare (for|to) (call|calling|my call|the call)|help me prepare|(call|calling) checklist|checklist (for|before) (my |the |a )?call\w*)\b/i;

const ISSUE_WORDS: ReadonlyArray<readonly [CallIssue, RegExp]> = [
  ['appeal', /\b(appeal\w*|complain\w*|complaint|grievance\w*|denial|denied)\b/i],
  ['pharmacy', /\b(prescription\w*|rx|refill\w*|pharmac\w*|medication\w*|meds?|drugs?)\b/i],
  ['billing', /\b(bill\w*|claim\w*|eobs?|invoice\w*|charge\w*|payment\w*|balance)\b/i],
  ['general', /\b(something else|other|general)\b/i],
];

export const MAKE_CALL_SHEET: Choice = { title: 'Make my call sheet', value: 'Make my call sheet' };

/** Buttons whose text asks again for the sheet, now with the issue. */
export const CALL_ISSUE_CHOICES: Choice[] = [
  { title: 'Bill or claim', value: 'Call sheet for a bill or claim' },
  { title: 'Prescription', value: 'Call sheet for a prescription' },
  { title: 'Complaint or appeal', value: 'Call sheet for a complaint or appeal' },
  { title: 'Something else', value: 'Call sheet for something else' },
];

export function isCallSheetRequest(text: string): boolean {
  return REQUEST.test(text);
}

export function callIssueIn(text: string): CallIssue | undefined {
  return ISSUE_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}
