import { HAPPENING_NOW, PLEA, RECENT } from './context';

/**
 * Bills, claims, appeals and records come after the care: a danger told only in the past tense
 * beside them ("where do i send the itemized bill? my dad got shot over the summer") is the story
 * behind the paperwork. Told in the present tense, just now, or with a plea, it is still a danger.
 */
const AFTER_THE_FACT =
  /\b(bill(ed|s)?|itemized|claims?|reimburs\w*|appeal\w*|denied|denial|eob|explanation of benefits|records?|invoice|refund|collections|charged)\b/;
const PAST_TENSE = /\b(was|were|got|had|went|took|fell|cut|hit|drank|ate|broke|bit|couldnt|could not|did|didnt|ran|threw|\w+[^\We]ed|\w+ied)\b/;
const NOT_ONLY_PAST =
  /\b(is|are|am|cant|can not|wont|does not|do not|keeps?|still|now|has|have|getting|turning|going|need|needs|not breathing|no pulse|cpr|unresponsive|again)\b/;

/** A bill still to come ("will the er bill be covered") is no proof of care, and a wish to die told in the past is still a danger. */
const NOT_YET_OR_SELF_HARM =
  /\b(will|would|gonna|going to|should (i|we)|about to|wants?|wanted|wanna|plans?|planning|threaten\w*|kill (him|her|my|them|your)sel(f|ves)|suicid\w*|end (his|her|my|their) (own )?life|die|kms|hurt (him|her|my|them)self)\b/;

export const toldBehindPaperwork = (clause: string, prepared: string): boolean =>
  PAST_TENSE.test(clause) &&
  !NOT_ONLY_PAST.test(clause) &&
  AFTER_THE_FACT.test(prepared) &&
  !NOT_YET_OR_SELF_HARM.test(prepared) &&
  !RECENT.test(prepared) &&
  !HAPPENING_NOW.test(prepared) &&
  !PLEA.test(prepared);
