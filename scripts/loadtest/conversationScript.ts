import regionsFile from '../../knowledge/data/regions.json';

export interface Region {
  id: string;
  phones: string[];
  city: string;
}

/** One city per region, so that every conversation says where it is in its first message. */
export const REGIONS: Region[] = regionsFile.regions.map((region) => ({ id: region.id, phones: region.phones, city: region.cities[0] }));

export interface Turn {
  text: string;
  /** The reply must give this conversation's own Member Services number. */
  expectsOwnNumber: boolean;
}

const NUMBER_QUESTIONS = ['what is the member services number', 'how do I get a new ID card', 'how do I reach member services'];
const OTHER_QUESTIONS = ['how do I pay my bill', 'thanks', 'how do I refill a prescription', 'help', 'how do I appeal a denied claim', 'I need an interpreter', 'can I get my medical records'];

/** A member's conversation: the region first, then questions, every third one answered with the regional number. */
export function conversationScript(region: Region, turns: number): Turn[] {
  const script: Turn[] = [{ text: `I live in ${region.city}, what is the member services number?`, expectsOwnNumber: true }];
  for (let turn = 1; turn < turns; turn++) {
    script.push(
      turn % 3 === 0
        ? { text: NUMBER_QUESTIONS[(turn / 3) % NUMBER_QUESTIONS.length], expectsOwnNumber: true }
        : { text: OTHER_QUESTIONS[turn % OTHER_QUESTIONS.length], expectsOwnNumber: false },
    );
  }
  return script;
}

/** Every phone number in a reply, as the knowledge base writes them. */
export function phoneNumbersIn(text: string): string[] {
  return text.match(/\b(?:1-)?\d{3}-\d{3}-\d{4}\b/g) ?? [];
}
