import type { Answer, Choice } from '../knowledge/answers/composeAnswer';
import { allContactLines, contactLine } from '../knowledge/answers/composeAnswer';
import type { KnowledgeBase } from '../knowledge/loadKnowledge';
import type { Region } from '../knowledge/schema';

/** The buttons that start a conversation: topic titles, which the recognizer matches exactly. */
const MENU_TOPICS = ['billing', 'id-card', 'pharmacy', 'appointments', 'appeal', 'contact-member-services'] as const;

export function menuChoices(kb: KnowledgeBase): Choice[] {
  return MENU_TOPICS.flatMap((id) => {
    const topic = kb.topics.get(id);
    return topic ? [{ title: topic.title, value: topic.title }] : [];
  });
}

/**
 * Said wherever the bot could not place a message: the detector misses some emergencies told in words it has
 * not met (fresh phrasings are caught 50–90% of the time before they are learnt), and those land here.
 */
const EMERGENCY_REMINDER = '**For a life-threatening emergency, call 911.**';

const EMERGENCY_TEXT =
  '**If this is a life-threatening emergency, call 911 now.** Do not wait for a reply here.\n\n' +
  'For clinical questions that cannot wait, call your Member Services number and ask for the 24/7 nurse advice line.';

export function emergencyReply(region: Region | undefined): Answer {
  const line = region ? `\n\nNurse advice: ${contactLine(region)}.` : '';
  return { text: EMERGENCY_TEXT + line, choices: [] };
}

export function welcomeReply(kb: KnowledgeBase): Answer {
  return {
    text:
      "Hi, I'm the Member Care assistant for Kaiser Permanente members. I can help with bills and claims, " +
      'ID cards, appointments, prescriptions, benefits, complaints and appeals, accessibility, travel, and finding ' +
      'the right Member Services number for your region.\n\n' +
      `${EMERGENCY_REMINDER}\n\nWhat can I help you with? Type a question or pick a topic.`,
    choices: menuChoices(kb),
  };
}

export function helpReply(kb: KnowledgeBase): Answer {
  return {
    text:
      'Ask me in your own words, for example "how do I pay my bill", "I need a new ID card" or "my medication was denied". ' +
      'I can also give you the Member Services number for your region. Type "start over" at any time.\n\n' +
      EMERGENCY_REMINDER,
    choices: menuChoices(kb),
  };
}

export function greetingReply(kb: KnowledgeBase): Answer {
  return { text: 'Hello! What can I help you with today?', choices: menuChoices(kb) };
}

export function thanksReply(): Answer {
  return { text: "You're welcome. Is there anything else I can help with?", choices: [] };
}

export function goodbyeReply(): Answer {
  return { text: 'Take care. You can come back any time. For a life-threatening emergency, call 911.', choices: [] };
}

export function startOverReply(kb: KnowledgeBase): Answer {
  return { text: "OK, let's start over. What can I help you with?", choices: menuChoices(kb) };
}

export function outOfScopeReply(kb: KnowledgeBase): Answer {
  return {
    text:
      "Sorry, I can't help with that here. I answer Kaiser Permanente member questions: bills and claims, ID cards, " +
      'appointments, prescriptions, benefits, complaints and appeals, accessibility and travel. Try asking another way, or pick a topic.\n\n' +
      EMERGENCY_REMINDER,
    choices: menuChoices(kb),
  };
}

export function handoffReply(kb: KnowledgeBase, region: Region | undefined): Answer {
  const lines = region
    ? `Call ${contactLine(region)}.`
    : `Your ID card typically lists your home region. Member Services by region:\n${allContactLines(kb)}`;
  return {
    text: `I'm not able to answer that. A person at Member Services can help.\n\n${lines}\n\n${EMERGENCY_REMINDER}`,
    choices: [],
  };
}

export function clarifyReply(choices: Choice[]): Answer {
  return { text: 'Did you mean one of these?', choices: [...choices, SOMETHING_ELSE] };
}

export const SOMETHING_ELSE: Choice = { title: 'Something else', value: 'Something else' };

export function regionSavedReply(region: Region): Answer {
  return { text: `Got it: I'll use ${region.name} from now on. ${contactLine(region)}.`, choices: [] };
}

export function unservedReply(state: string): Answer {
  return {
    text:
      `Kaiser Permanente does not have a region in ${state}. Your home region is the one on your ID card. ` +
      'If you are traveling, call Member Services before you go to confirm urgent and emergency coverage and copays.',
    choices: [],
  };
}

export function allLinesReply(kb: KnowledgeBase): Answer {
  return {
    text: `Your ID card typically lists your home region. Member Services by region:\n${allContactLines(kb)}`,
    choices: [],
  };
}
