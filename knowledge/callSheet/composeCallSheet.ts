import { contactLine } from '../answers/composeAnswer';
import type { Region } from '../schema';

/** What the call is about: it decides the extra things to have ready. */
export const CALL_ISSUES = ['billing', 'pharmacy', 'appeal', 'general'] as const;
export type CallIssue = (typeof CALL_ISSUES)[number];

export interface CallSheet {
  title: string;
  /** Things to have ready, from the source's "Practical Tips" (and "How to file" for appeals). */
  checklist: string[];
  /** Who to call, or where to find the number when the region is unknown. */
  callLine: string;
  /** Blanks for the log the source advises keeping: date/time, names, case numbers, promised callbacks. */
  logFields: string[];
  tips: string[];
}

const ALWAYS = ['Member ID number (or MRN)', 'Group ID (if applicable)', 'Your home region', 'The dates of service involved'];

const FOR_ISSUE: Record<CallIssue, { title: string; items: string[] }> = {
  billing: { title: 'a bill or claim', items: ['The EOB (Explanation of Benefits)', 'The invoice number', 'The provider name'] },
  pharmacy: { title: 'a prescription', items: ['The prescription number', "The prescriber's name"] },
  appeal: {
    title: 'a complaint or appeal',
    items: [
      'Your full name',
      'The provider',
      'A clear description of the issue',
      'Supporting documents: EOBs, bills, clinical notes, referrals, prior authorization or denial letters',
    ],
  },
  general: { title: 'your question', items: [] },
};

export const LOG_FIELDS = [
  'Date and time',
  "Representative's first name and location",
  'Reference or case number',
  'Promised callback (when, and by whom)',
];

const TIPS = [
  'Call during off-peak times, often early morning local time, Tuesday to Thursday.',
  "If the first representative can't resolve it, ask for a warm transfer to the right department or to a supervisor.",
];

/** A call sheet: nothing in it comes from the member but the choice of issue and their region. */
export function composeCallSheet(issue: CallIssue, region: Region | undefined): CallSheet {
  return {
    title: `Call sheet: ${FOR_ISSUE[issue].title}`,
    checklist: [...ALWAYS, ...FOR_ISSUE[issue].items],
    callLine: region ? contactLine(region) : 'Your Member Services number is on your ID card (TTY 711)',
    logFields: LOG_FIELDS,
    tips: TIPS,
  };
}

/** The sheet as plain text to copy into notes: checkboxes and blanks work on any screen. */
export function callSheetText(sheet: CallSheet): string {
  return [
    sheet.title.toUpperCase(),
    '',
    'Have ready:',
    ...sheet.checklist.map((item) => `[ ] ${item}`),
    '',
    `Call: ${sheet.callLine}`,
    '',
    'Call log:',
    ...sheet.logFields.map((field) => `${field}: ______`),
    '',
    ...sheet.tips.map((tip) => `Tip: ${tip}`),
  ].join('\n');
}
