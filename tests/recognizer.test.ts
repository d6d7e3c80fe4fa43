import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createRecognizer, type Recognize } from '../knowledge/recognizer/recognize';
import { createRegionResolver } from '../knowledge/regions/resolveRegion';

/** What a member notices: the topic the bot answers, 911 first for emergencies, silence off-topic. */
describe('recognizer', () => {
  let recognize: Recognize;

  beforeAll(() => {
    const kb = loadKnowledge();
    recognize = createRecognizer(kb, createRegionResolver([...kb.regions.values()]));
  });

  it.each([
    ['perscription refil pls', 'pharmacy'],
    ['hi, I lost my kaiser card and need another one', 'id-card'],
    ['i want to complain about the receptionist, she was so rude', 'grievance'],
    ['how do i pay my medical bill online', 'billing'],
    ['thank you so much', 'thanks'],
    // Small talk in registers and languages the CLINC lines do not cover.
    ['konnichiwa kaiser', 'greeting'],
    ['tyvm!', 'thanks'],
    ['well done, that did the trick', 'thanks'],
  ])('answers "%s" with %s', (text, intent) => {
    const result = recognize(text);
    expect(result.intent).toBe(intent);
    expect(result.outcome).not.toBe('none');
  });

  it.each(['what is the weather in paris tomorrow', 'how do i pay my electric bill', 'aetna customer service number'])(
    'stays quiet on "%s"',
    (text) => {
      const result = recognize(text);
      expect(result.intent).toBe('none');
      expect(result.outcome).toBe('none');
    },
  );

  it('sends a life-threatening message to 911 whatever the topic words', () => {
    const result = recognize("my husband collapsed and he isn't breathing");
    expect(result.emergency).toBe(true);
    expect(result.intent).toBe('emergency');
  });

  it.each(['mi papá no respira', 'tengo dolor de pecho muy fuerte', 'my wife is having a severe allergic reaction', 'my sun is not breething good after bee sting'])(
    'flags "%s" as an emergency',
    (text) => {
      expect(recognize(text).emergency).toBe(true);
    },
  );

  it.each(['my toddler is teething and cranky', 'stuffy nose and a congested chest', 'i think my ear is infected'])(
    'sends the mild symptom "%s" elsewhere than 911, though the model finds it close to an emergency',
    (text) => {
      const result = recognize(text);
      expect(result.emergency).toBe(false);
      expect(result.intent).not.toBe('emergency');
    },
  );

  it.each(['my son is throwing up', 'i have a bad headache', 'my husband has the flu', 'burned my hand on the oven', 'fever since last night', 'my daughter fell and hit her knee', 'my toddler bumped his head on the table, cried right away, now hes playing', 'mom seems a bit down and quiet this week', 'sugar was 62 when i woke up, drank orange juice and now its 104', 'my chest pain is not an emergency but its been 3 days'])(
    'gives the health problem "%s" the nurse advice line, not "I can\'t help with that"',
    (text) => {
      const result = recognize(text);
      expect(result.emergency).toBe(false);
      expect(result.intent).toBe('nurse-advice');
      expect(result.outcome).toBe('answer');
    },
  );

  it.each(['how long does the flu last', 'what causes migraines', 'will late payments hurt my credit score', 'remind me to take my allergy pill at 9', 'my wifi keeps coughing and dropping out is there an outage', 'my son has a mole on his back, can i get a referral to dermatology', 'this project is a total headache help me break it into steps', 'that song is stuck in my head'])(
    'keeps "%s" out of the nurse line: trivia and errands name no one\'s problem now',
    (text) => {
      expect(recognize(text).intent).not.toBe('nurse-advice');
    },
  );

  it('keeps the trace contract when the nurse line is chosen for a health problem: best first, at most three', () => {
    const result = recognize('i have a bad headache');
    expect(result.intents[0]).toEqual({ intent: 'nurse-advice', score: result.score });
    expect(result.intents.length).toBeLessThanOrEqual(3);
    const scores = result.intents.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each(['thanks, my headache is gone, bye', 'thank you, my son is feeling better now. goodbye'])(
    'does not send "%s" to the nurse line: the problem is over',
    (text) => {
      expect(recognize(text).intent).not.toBe('nurse-advice');
    },
  );

  it('calls 911 when the model finds a message like its emergencies and it shows a sign of trouble', () => {
    const result = recognize('my grandpa is pale and shaky and not himself');
    expect(result.emergency).toBe(true);
    expect(result.intent).toBe('emergency');
  });

  it('does not raise an alarm for the paperwork of a past emergency', () => {
    const result = recognize('how do i appeal the bill for my heart attack last year');
    expect(result.emergency).toBe(false);
    expect(result.intent).not.toBe('emergency');
  });

  it('finds the region in the same message, and asks when "Washington" is ambiguous', () => {
    expect(recognize('refill my meds, I live in Tacoma').region).toBe('washington');
    expect(recognize('Washington').region).toBe('ambiguous');
    expect(recognize('hi').region).toBeNull();
  });

  it('keeps the trace contract: at most three candidates, scores in [0, 1]', () => {
    for (const text of ['', '???', 'a'.repeat(5000), 'billing appeal claims']) {
      const result = recognize(text);
      expect(result.intents.length).toBeLessThanOrEqual(3);
      for (const { score } of [result, ...result.intents]) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });
});
