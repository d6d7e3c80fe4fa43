import { buttonsOf, memberConversation, phoneNumbersIn, textOf } from '../support/memberConversation';

// The region question is the bot's own TextPrompt (dialogs/textPrompt.ts), standing in for the library's.
describe('the region question', () => {
  it('asks again with the buttons when the reply names no region, then answers', async () => {
    const member = memberConversation();
    expect(textOf(await member.say('how do I reach member services'))).toContain('Which Kaiser Permanente region are you in?');

    const again = await member.say('purple');
    expect(textOf(again)).toContain("I didn't catch a region.");
    expect(buttonsOf(again)).toContain('Not sure');
    expect(phoneNumbersIn(textOf(again))).toEqual([]);

    expect(phoneNumbersIn(textOf(await member.say('Hawaii')))).toEqual(['808-432-5955', '1-800-966-5955']);
  });

  it('drops the question for a health problem told instead, and gives the nurse line', async () => {
    const member = memberConversation();
    await member.say('how do I reach member services');
    const reply = textOf(await member.say('my son is throwing up'));
    expect(reply).not.toContain("I didn't catch a region.");
    expect(reply).toContain('Which Kaiser Permanente region are you in?');
    const answer = textOf(await member.say('Denver'));
    expect(answer).toContain('nurse advice line');
    expect(phoneNumbersIn(answer)).toEqual(['303-338-3800', '1-800-632-9700']);
  });

  it('stops asking after three replies that name no region, and lists every line', async () => {
    const member = memberConversation();
    await member.say('how do I reach member services');
    await member.say('purple');
    await member.say('green');
    const last = textOf(await member.say('orange'));
    expect(last).not.toContain("I didn't catch a region.");
    expect(phoneNumbersIn(last).length).toBeGreaterThan(7);
  });
});
