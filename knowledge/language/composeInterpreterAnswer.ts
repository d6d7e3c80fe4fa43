import { allContactLines, contactLine } from '../answers/composeAnswer';
import type { KnowledgeBase } from '../loadKnowledge';
import type { Region } from '../schema';
import type { Language } from './detectLanguage';

/**
 * Spanish: a faithful translation of what the source says about interpreters (no cost, over
 * 100 languages, ask when calling Member Services or scheduling care, in clinic or by phone).
 */
function spanishPhones(region: Region): string {
  return `${region.phones.join(' o ')} (TTY ${region.tty})`;
}

function spanishText(kb: KnowledgeBase, region: Region | undefined): string {
  const lines = region
    ? `**Llame a Servicios para Miembros de ${region.sourceLabel}: ${spanishPhones(region)}.**`
    : 'Su tarjeta de identificación normalmente indica su región. Servicios para Miembros por región:\n' +
      [...kb.regions.values()].map((r) => `- ${r.sourceLabel}: ${spanishPhones(r)}`).join('\n');
  return [
    '**Si es una emergencia que pone en peligro la vida, llame al 911.**',
    'Kaiser Permanente ofrece servicios de intérprete sin costo en más de 100 idiomas. Cuando llame a Servicios para Miembros ' +
      'o programe su atención, pida un intérprete en español; se puede coordinar un intérprete en la clínica o por teléfono.',
    lines,
    '_In English: Kaiser Permanente offers free interpreter services in over 100 languages. Ask for an interpreter when you call Member Services._',
  ].join('\n\n');
}

function englishText(kb: KnowledgeBase, language: Language, region: Region | undefined): string {
  const lines = region
    ? `**Call ${contactLine(region)}.**`
    : `Your ID card typically lists your home region. Member Services by region:\n${allContactLines(kb)}`;
  return [
    '**For a life-threatening emergency, call 911.**',
    `It looks like you wrote in ${language.name === language.nativeName ? language.name : `${language.name} (${language.nativeName})`}. I can only answer in English here, but Kaiser Permanente offers ` +
      `free interpreter services in over 100 languages. Call Member Services and ask for a ${language.name} interpreter; you can also ask ` +
      'for one when you schedule care, in the clinic or over the phone.',
    lines,
  ].join('\n\n');
}

/**
 * How to get a free interpreter, in Spanish for a Spanish message, otherwise in English naming the
 * language. 911 comes first: the emergency detector reads English only, so it cannot vouch for the message.
 */
export function composeInterpreterText(kb: KnowledgeBase, language: Language, region: Region | undefined): string {
  return language.code === 'es' ? spanishText(kb, region) : englishText(kb, language, region);
}
