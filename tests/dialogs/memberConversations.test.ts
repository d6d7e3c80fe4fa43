import { ActivityTypes } from 'botbuilder';
import { contactLine } from '../../knowledge/answers/composeAnswer';
import type { RegionId } from '../../knowledge/intents';
import { buttonsOf, kb, memberConversation, phoneNumbersIn, textOf } from '../support/memberConversation';

const allPhones = [...kb.regions.values()].flatMap((region) => region.phones);

const CITY_OF: Record<RegionId, string> = {
  california: 'Sacramento',
  colorado: 'Colorado Springs',
  georgia: 'Atlanta',
  hawaii: 'Honolulu',
  'mid-atlantic': 'Baltimore',
  northwest: 'Portland',
  washington: 'Seattle',
};

describe('a member asking for the Member Services number', () => {
  it.each(Object.entries(CITY_OF))('in %s (%s) gets exactly that region’s number(s)', async (regionId, city) => {
    const region = kb.regions.get(regionId as RegionId)!;
    const replies = await memberConversation().say(`I live in ${city}, what is the phone number for member services?`);
    const text = textOf(replies);
    expect(text).toContain(`${contactLine(region)}`);
    expect(phoneNumbersIn(text).sort()).toEqual([...region.phones].sort());
    expect(text).toContain('TTY 711');
  });

  it('is asked for a region first, and the buttons include every region and "Not sure"', async () => {
    const member = memberConversation();
    const ask = await member.say('how do I reach member services');
    expect(phoneNumbersIn(textOf(ask))).toEqual([]);
    expect(buttonsOf(ask)).toEqual(['California', 'Colorado', 'Georgia', 'Hawaii', 'Mid-Atlantic States', 'Northwest', 'Washington State', 'Not sure']);
    const answer = await member.say('Hawaii');
    expect(phoneNumbersIn(textOf(answer))).toEqual(['808-432-5955', '1-800-966-5955']);
  });

  it('is asked which Washington for a bare "Washington", and never given a number before answering', async () => {
    const member = memberConversation();
    const ask = await member.say('I live in Washington, what number do I call?');
    expect(textOf(ask)).toContain('Which Washington do you mean?');
    expect(phoneNumbersIn(textOf(ask))).toEqual([]);
    expect(buttonsOf(ask)).toEqual(['Washington State', 'SW Washington', 'Washington, DC']);
    const answer = await member.say('Southwest Washington');
    expect(phoneNumbersIn(textOf(answer))).toEqual(['1-800-813-2000']);
  });

  it('accepts a ZIP code typed at the region question, and remembers the region afterwards', async () => {
    const member = memberConversation();
    await member.say('I want to file a complaint about my doctor visit');
    const answer = await member.say('30303');
    expect(textOf(answer)).toContain(contactLine(kb.regions.get('georgia')!));
    const later = await member.say('how do I get a new ID card');
    expect(phoneNumbersIn(textOf(later))).toEqual(['1-888-865-5813']);
  });

  it('gets every region’s line when not sure of the region', async () => {
    const member = memberConversation();
    await member.say('I need to talk to member services');
    const answer = textOf(await member.say('Not sure'));
    expect(answer).toContain('Your ID card typically lists your home region');
    expect(phoneNumbersIn(answer).sort()).toEqual([...allPhones].sort());
  });

  it('hears that Kaiser Permanente has no region in a state it does not serve, and still gets help', async () => {
    const member = memberConversation();
    await member.say('what number do I call for member services');
    const answer = textOf(await member.say('Texas'));
    expect(answer).toContain('Kaiser Permanente does not have a region in Texas');
    expect(answer).toContain('Your ID card typically lists your home region');
  });

  it.each(['I live in Oakland', 'I moved to Denver', "I'm in Honolulu"])('answers "%s" with the region it will use, and nothing else', async (text) => {
    const replies = await memberConversation().say(text);
    expect(replies.filter((reply) => reply.type === 'message')).toHaveLength(1);
    expect(textOf(replies)).toMatch(/I'll use (California|Colorado|Hawaii)/);
  });

  it('can change region mid-conversation ("I moved to Georgia")', async () => {
    const member = memberConversation();
    await member.say('I live in Denver');
    const moved = textOf(await member.say('I moved to Georgia'));
    expect(moved).toContain("I'll use Georgia");
    const answer = textOf(await member.say('how do I appeal a denied claim'));
    expect(phoneNumbersIn(answer)).toEqual(['1-888-865-5813']);
  });
});

describe('emergencies', () => {
  const EMERGENCY = 'my husband collapsed and is not breathing';

  it('get 911 first at the start of a conversation', async () => {
    const text = textOf(await memberConversation().say(EMERGENCY));
    expect(text.indexOf('911')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('911')).toBeLessThan(60);
  });

  it('get 911 in the middle of the region question, and the question is still open afterwards', async () => {
    const member = memberConversation();
    await member.say('how do I pay my bill');
    const emergency = await member.say('wait my daughter is having a seizure');
    expect(textOf(emergency)).toMatch(/^\*\*If this is a life-threatening emergency, call 911 now/);
    const answer = await member.say('Oakland');
    expect(phoneNumbersIn(textOf(answer))).toEqual(['1-800-464-4000']);
  });

  it('get 911 in the middle of the Washington question', async () => {
    const member = memberConversation();
    await member.say('washington');
    expect(textOf(await member.say('chest pain and my left arm is numb'))).toContain('call 911 now');
  });

  it('do not fire on billing talk about a past emergency room visit', async () => {
    const text = textOf(await memberConversation().say('I want to appeal my emergency room bill from last month'));
    expect(text).not.toContain('call 911 now');
  });
});

describe('conversation flow', () => {
  it('welcomes a member who joins, with starting buttons and 911 guidance', async () => {
    const replies = await memberConversation().send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user1', name: 'Member' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(textOf(replies)).toContain('For a life-threatening emergency, call 911');
    expect(buttonsOf(replies)).toContain('Pay a bill');
  });

  it('offers related topics as follow-up buttons after an answer, then "Was this helpful?"', async () => {
    const replies = await memberConversation().say('where is kaiser headquarters');
    expect(textOf(replies)).toContain('1 Kaiser Plaza, Oakland, CA 94612');
    expect(buttonsOf(replies)).toEqual(['About Kaiser Permanente', 'Submit a claim', 'Appeal a coverage decision', '👍 Helpful', '👎 Not helpful']);
  });

  it('answers a follow-up button by its exact title', async () => {
    const replies = await memberConversation().say('About Kaiser Permanente');
    expect(textOf(replies)).toContain('founded in 1945');
  });

  it('says what it covers when out of scope, then hands off to Member Services on the second miss, each time with 911', async () => {
    const member = memberConversation();
    const first = await member.say('what is the best pizza topping');
    expect(textOf(first)).toContain("Sorry, I can't help with that here");
    // An emergency told in words the detector has not met lands here: the member still sees 911.
    expect(textOf(first)).toContain('For a life-threatening emergency, call 911.');
    expect(buttonsOf(first)).toContain('Pay a bill');
    const second = await member.say('who won the world series in 1998');
    const handoff = second.find((activity) => activity.type === ActivityTypes.Event);
    expect(handoff).toMatchObject({ name: 'handoff.initiate' });
    expect(textOf(second)).toContain('A person at Member Services can help');
    expect(textOf(second)).toContain('For a life-threatening emergency, call 911.');
    expect(phoneNumbersIn(textOf(second)).length).toBe(allPhones.length);
  });

  it('says what it covers, not the help menu, when a question only borrows the word "help" (the sentence encoder settles it)', async () => {
    const member = memberConversation();
    const replies = await member.say('can you help me out with my homework');
    expect(textOf(replies)).toContain("Sorry, I can't help with that here");
    const help = await member.say('i need help with something');
    expect(textOf(help)).toContain('Ask me in your own words');
  });

  it('starts over from inside a prompt', async () => {
    const member = memberConversation();
    await member.say('my id card has the wrong group');
    const reset = await member.say('start over');
    expect(textOf(reset)).toContain("let's start over");
    const next = textOf(await member.say('Portland'));
    expect(next).not.toContain('ID card');
  });

  it('gives help inside a prompt and asks the question again', async () => {
    const member = memberConversation();
    await member.say('I need to file a grievance');
    const help = await member.say('help');
    expect(textOf(help)).toContain('Ask me in your own words');
    expect(textOf(help)).toContain('Which Kaiser Permanente region are you in?');
  });

  it('answers a new question asked instead of a region', async () => {
    const member = memberConversation();
    await member.say('how do I change my primary care doctor');
    const answer = textOf(await member.say('actually where is the headquarters mailing address'));
    expect(answer).toContain('1 Kaiser Plaza');
  });

  it('thanks and goodbye get short, kind replies', async () => {
    const member = memberConversation();
    expect(textOf(await member.say('thank you so much'))).toContain("You're welcome");
    expect(textOf(await member.say('bye'))).toContain('Take care');
  });

  it('answers an attachment without text, and an empty message, with what it can do', async () => {
    const member = memberConversation();
    const attachment = await member.send({ type: ActivityTypes.Message, attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] });
    expect(textOf(attachment)).toContain("I can't open attachments here");
    expect(textOf(await member.say('   '))).toContain("I didn't get any text");
  });
});
