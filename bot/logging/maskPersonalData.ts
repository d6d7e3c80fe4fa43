/**
 * Masks personal data in text that must be logged (unmatched questions, errors): emails, social
 * security numbers, phone numbers, dates (of birth), member IDs and MRNs, prescription numbers, and
 * other long or grouped numbers. It errs towards masking: a logged question only needs its words.
 */
const MASKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/\b(?:member|mrn|medical record|record|id|rx|prescription|policy|group|subscriber|claim|case)\s*(?:number|no\.?|num|#)?\s*(?:is|:|#)?\s*[A-Z]{0,3}[-\s]?\d[\d\s-]{3,}\d\b/gi, '[id]'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[ssn]'],
  [/(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/g, '[phone]'],
  [/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]'],
  [/\b\d{4}-\d{2}-\d{2}\b/g, '[date]'],
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/gi, '[date]'],
  [/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi, '[date]'],
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi, '[date]'],
  [/\b\d{3,4}(?:[\s-]\d{3,4}){2,}\b/g, '[number]'],
  [/\b[A-Z]{0,3}\d{5,}\b/g, '[number]'],
];

export function maskPersonalData(text: string): string {
  return MASKS.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), text);
}
