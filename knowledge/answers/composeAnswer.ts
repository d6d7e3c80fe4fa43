import type { RegionId, TopicIntent } from '../intents';
import type { KnowledgeBase } from '../loadKnowledge';
import type { Region, Tip, Topic } from '../schema';

/** A reply in channel-neutral form: markdown text that also reads well as plain text, and choices. */
export interface Answer {
  text: string;
  /** Follow-up choices: the button title and the text it sends back. */
  choices: Choice[];
}

export interface Choice {
  title: string;
  value: string;
}

export function formatPhones(region: Region): string {
  return region.phones.join(' or ');
}

/** "Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)". */
export function contactLine(region: Region): string {
  return `${region.sourceLabel} Member Services: ${formatPhones(region)} (TTY ${region.tty})`;
}

/** Every region's line, for a member who does not know their region. */
export function allContactLines(kb: KnowledgeBase): string {
  return [...kb.regions.values()].map((region) => `- ${contactLine(region)}`).join('\n');
}

export function needsRegion(topic: Topic): boolean {
  return topic.handoff === 'member-services' || topic.handoff === 'nurse-advice';
}

function tipsFor(kb: KnowledgeBase, id: TopicIntent): Tip[] {
  return kb.tips.filter((tip) => tip.topics.includes(id));
}

function handoffLine(topic: Topic, region: Region | undefined): string | undefined {
  if (!region) return undefined;
  if (topic.handoff === 'member-services') return `**Call ${contactLine(region)}.**`;
  if (topic.handoff === 'nurse-advice') {
    return `**For the 24/7 nurse advice line, call ${contactLine(region)}.** If it is life-threatening, call 911.`;
  }
  return undefined;
}

export function relatedChoices(kb: KnowledgeBase, topic: Topic): Choice[] {
  return topic.related.flatMap((id) => {
    const related = kb.topics.get(id);
    return related ? [{ title: related.title, value: related.title }] : [];
  });
}

/**
 * The answer for a topic: the answer first, then the steps, the number for the member's region
 * where the topic hands off to a person, and one practical tip.
 */
export function composeAnswer(kb: KnowledgeBase, id: TopicIntent, regionId?: RegionId): Answer {
  const topic = kb.topics.get(id);
  if (!topic) throw new Error(`No topic "${id}" in the knowledge base`);
  const region = regionId ? kb.regions.get(regionId) : undefined;
  const parts: string[] = [];
  parts.push(topic.answer);
  if (topic.steps.length > 0) parts.push(topic.steps.map((step, index) => `${index + 1}. ${step}`).join('\n'));
  const handoff = handoffLine(topic, region);
  if (handoff) parts.push(handoff);
  const [tip] = tipsFor(kb, id);
  if (tip) parts.push(`Tip: ${tip.text}`);
  return { text: parts.join('\n\n'), choices: relatedChoices(kb, topic) };
}
