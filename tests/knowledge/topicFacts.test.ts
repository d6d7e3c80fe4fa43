import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeAnswer, contactLine } from '../../knowledge/answers/composeAnswer';
import { TOPIC_INTENTS, type TopicIntent } from '../../knowledge/intents';
import { kb } from '../support/memberConversation';

const source = readFileSync(path.join(__dirname, '../../../shared/knowledge-source.txt'), 'utf8');
const sourceFolded = source.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');

/** For each topic, facts a member relies on: each must be in the answer and in the source. */
const FACTS: Record<TopicIntent, string[]> = {
  emergency: ['911'],
  'nurse-advice': ['24/7 nurse advice line', 'Member Services number', '911'],
  'contact-member-services': ['TTY 711', 'secure message', 'Member Services desk'],
  'service-area': ['8 states', 'California', 'Colorado', 'Georgia', 'Hawaii', 'Washington State'],
  billing: ['kp.org', 'pay', 'invoice number'],
  claims: ['claim form', 'out of pocket', 'itemized receipts'],
  benefits: ['deductible', 'out-of-pocket maximum', 'coinsurance', 'Summary of Benefits'],
  'id-card': ['digital ID card', 'mobile app', 'mailed to your address on file', 'group number'],
  appointments: ['kp.org', 'real-time availability'],
  pharmacy: ['home delivery', 'generic', 'brand'],
  'prior-authorization': ['prior authorization', 'Pharmacy Services', 'status and next steps'],
  'medication-denied': ['formulary alternative', 'tier exception'],
  'pcp-change': ['PCP', 'provider and facility'],
  grievance: ['180 days from the event', '30 calendar days', 'Evidence of Coverage', 'plan type'],
  appeal: ['180 days from the event', '60 calendar days', '72 hours', 'plan type'],
  'external-review': ['independent external review', 'accredited reviewer', 'denial letter'],
  'medicare-appeal': ['60 days from the decision', 'reconsideration', 'expedited review'],
  travel: ['before you go', '911', 'itemized receipts'],
  interpreter: ['100 languages', 'interpreter'],
  'tty-relay': ['TTY 711', 'Telecommunications Relay Service'],
  accommodations: ['large print', 'Braille', 'reasonable accommodations'],
  'proxy-access': ['proxy access', 'authorization', 'proxy form'],
  'accessibility-feedback': ['Member Services', 'case number'],
  'digital-account': ['kp.org', 'iOS', 'Android', 'secure messag'],
  'call-prep': ['member ID', 'MRN', 'group ID', 'dates of service', 'prescription number'],
  escalation: ['warm transfer', 'supervisor', 'case number', 'single point of contact'],
  'best-time-to-call': ['early morning local time', 'Tuesday', 'Thursday'],
  headquarters: ['1 Kaiser Plaza, Oakland, CA 94612', 'claims or payments'],
  'about-kp': ['1945', '12.7 million', '39 hospitals', '620 medical offices', 'nonprofit'],
};

/** The source writes "Tue–Thu" and "out-of-pocket"; the answers may spell them out. */
const SOURCE_SPELLINGS: Record<string, string> = {
  tuesday: 'tue',
  thursday: 'thu',
  'out of pocket': 'out-of-pocket',
  'mailed to your address on file': 'mailed to your address on file',
  '8 states': '8 states',
};

function inSource(fact: string): boolean {
  const folded = fact.toLowerCase();
  return sourceFolded.includes(folded) || sourceFolded.includes(SOURCE_SPELLINGS[folded] ?? '\u0000');
}

describe('topic answers match the source', () => {
  it.each(TOPIC_INTENTS.map((id) => [id]))('%s states its facts as the source gives them', (id) => {
    const answer = composeAnswer(kb, id, 'colorado');
    for (const fact of FACTS[id]) {
      expect({ fact, inAnswer: answer.text.toLowerCase().includes(fact.toLowerCase()) }).toEqual({ fact, inAnswer: true });
      expect({ fact, inSource: inSource(fact) }).toEqual({ fact, inSource: true });
    }
  });

  it('names a source section that exists for every topic', () => {
    for (const topic of kb.topics.values()) {
      const sections = topic.source.split(/;|,(?= [A-Z])/).map((section) => section.trim().toLowerCase());
      expect({ id: topic.id, found: sections.some((section) => sourceFolded.includes(section)) }).toEqual({ id: topic.id, found: true });
    }
  });

  it('uses no number that the source does not give', () => {
    const texts = [...kb.topics.values()].flatMap((topic) => [topic.answer, ...topic.steps]).concat(kb.tips.map((tip) => tip.text));
    for (const text of texts) {
      for (const number of text.match(/\d[\d.,/]*/g) ?? []) {
        expect({ number, text, inSource: source.includes(number.replace(/[.,]$/, '')) }).toMatchObject({ inSource: true });
      }
    }
  });

  it('gives each region exactly the numbers the source lists, with TTY 711', () => {
    for (const region of kb.regions.values()) {
      for (const phone of region.phones) expect(source).toContain(phone);
      expect(source).toContain(`${region.sourceLabel} Member Services: ${region.phones.join(' or ')} (TTY 711)`);
      expect(contactLine(region)).toBe(`${region.sourceLabel} Member Services: ${region.phones.join(' or ')} (TTY 711)`);
    }
  });

  it('adds the region number where a topic hands off to Member Services, and none where it does not', () => {
    const colorado = kb.regions.get('colorado')!;
    expect(composeAnswer(kb, 'grievance', 'colorado').text).toContain(contactLine(colorado));
    expect(composeAnswer(kb, 'nurse-advice', 'colorado').text).toContain('24/7 nurse advice line, call Colorado Member Services: 303-338-3800 or 1-800-632-9700');
    expect(composeAnswer(kb, 'headquarters', 'colorado').text).not.toMatch(/\d{3}-\d{4}/);
  });
});
