import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { RegionId, TopicIntent } from '../knowledge/intents';

/** What the bot remembers about a member across conversations. */
export interface MemberProfile {
  region?: RegionId;
}

/** What the bot remembers within one conversation outside the dialog stack. */
export interface ConversationFlags {
  /** Out-of-scope messages in a row; the second hands off to Member Services. */
  misses: number;
  /** The topic whose answer offered "Was this helpful?" last; a thumbs button rates it. */
  feedbackFor?: TopicIntent;
  /** Topics already asked about: once per topic per conversation, so answers stay quiet. */
  feedbackAsked?: TopicIntent[];
  /** The last topic answered: "Work out my deadline" applies to it. */
  lastTopic?: TopicIntent;
}

export interface MemberStateAccessors {
  profile: StatePropertyAccessor<MemberProfile>;
  flags: StatePropertyAccessor<ConversationFlags>;
}

export function createMemberStateAccessors(userState: UserState, conversationState: ConversationState): MemberStateAccessors {
  return {
    profile: userState.createProperty<MemberProfile>('memberProfile'),
    flags: conversationState.createProperty<ConversationFlags>('memberCareFlags'),
  };
}
