import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { RegionId } from '../knowledge/intents';

/** What the bot remembers about a member across conversations. */
export interface MemberProfile {
  region?: RegionId;
}

/** What the bot remembers within one conversation outside the dialog stack. */
export interface ConversationFlags {
  /** Out-of-scope messages in a row; the second hands off to Member Services. */
  misses: number;
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
