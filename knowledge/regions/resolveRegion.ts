import type { RegionId } from '../intents';
import type { Region } from '../schema';
import { UNSERVED_STATES, WORDLIKE_CODES } from './usStates';

export type RegionMatch =
  | { kind: 'region'; region: RegionId; matched: string }
  | { kind: 'ambiguous'; matched: string; candidates: readonly RegionId[] }
  | { kind: 'unserved'; matched: string; state: string }
  | { kind: 'none' };

export type RegionResolver = (text: string) => RegionMatch;

type Place =
  | { kind: 'region'; region: RegionId; specificity: number }
  | { kind: 'ambiguous'; candidates: readonly RegionId[] }
  | { kind: 'unserved'; state: string };

const WASHINGTON_CANDIDATES: readonly RegionId[] = ['washington', 'northwest', 'mid-atlantic'];
const WA_CANDIDATES: readonly RegionId[] = ['washington', 'northwest'];
const CITY_CODES = new Set(['LA', 'SF']);
const CONTEXT_WORDS = new Set(['in', 'from', 'to', 'near', 'of']);
const EVERYDAY_WORDS = new Set(['HI', 'OR', 'ME', 'IN', 'OK', 'OH', 'ID']);
const ZIP_PATTERN = /(?<![\d$.,/-])(\d{5})(?:-\d{4})?(?![\d/])/g;

/** Lower-case words, keeping apostrophes inside words ("prince george's", "hawai'i"). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[ʻ’]/g, "'")
    .replace(/\b(d)\.\s?(c)\.?/g, 'dc')
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

// Specificity: a city or ZIP code names a place more exactly than a state or a nickname.
const CITY = 3;
const NAME = 2;

function buildPlaceIndex(regions: readonly Region[]): { places: Map<string, Place>; longest: number } {
  const places = new Map<string, Place>();
  const add = (phrase: string, place: Place): void => {
    const key = words(phrase).join(' ');
    if (key && !places.has(key)) places.set(key, place);
  };
  for (const region of regions) {
    for (const city of region.cities) add(city, { kind: 'region', region: region.id, specificity: CITY });
    for (const name of [region.name, ...region.stateNames, ...region.aliases]) {
      add(name, { kind: 'region', region: region.id, specificity: NAME });
    }
  }
  for (const [, name] of UNSERVED_STATES) add(name, { kind: 'unserved', state: name });
  add('washington', { kind: 'ambiguous', candidates: WASHINGTON_CANDIDATES });
  add('wash', { kind: 'ambiguous', candidates: WASHINGTON_CANDIDATES });
  const longest = Math.max(...[...places.keys()].map((key) => key.split(' ').length));
  return { places, longest };
}

function buildCodeIndex(regions: readonly Region[]): Map<string, Place> {
  const codes = new Map<string, Place>();
  for (const region of regions) {
    for (const state of region.states) codes.set(state, { kind: 'region', region: region.id, specificity: NAME });
  }
  codes.set('WA', { kind: 'ambiguous', candidates: WA_CANDIDATES });
  for (const [code, name] of UNSERVED_STATES) codes.set(code, { kind: 'unserved', state: name });
  // Members write "LA" and "SF" for the cities far more often than for Louisiana.
  for (const code of CITY_CODES) codes.set(code, { kind: 'region', region: 'california', specificity: CITY });
  return codes;
}

function buildZipIndex(regions: readonly Region[]): Map<string, RegionId> {
  const zips = new Map<string, RegionId>();
  for (const region of regions) for (const prefix of region.zipPrefixes) zips.set(prefix, region.id);
  return zips;
}

interface Found {
  place: Place;
  matched: string;
}

/** Two-letter postal codes, read from the original text so that capitals can be told apart. */
function findCodes(text: string, codes: Map<string, Place>, followsPlace: (before: string) => boolean): Found[] {
  const shouting = text === text.toUpperCase() && /[A-Z]{3,}/.test(text);
  const found: Found[] = [];
  for (const token of text.matchAll(/(?<![A-Za-z0-9'])[A-Za-z]{2}(?![A-Za-z0-9'])/g)) {
    const word = token[0];
    const place = codes.get(word.toUpperCase());
    if (!place) continue;
    const before = text.slice(0, token.index).trimEnd();
    const previousWord = /([A-Za-z]+)$/.exec(before)?.[1]?.toLowerCase();
    // A code typed on its own answers "which state?" ("CO"), unless it is an everyday word ("hi", "ok").
    const alone = text.trim().replace(/[.!?]+$/, '') === word && !EVERYDAY_WORDS.has(word.toUpperCase());
    const strongContext =
      alone ||
      before.endsWith(',') ||
      (previousWord !== undefined && CONTEXT_WORDS.has(previousWord)) ||
      followsPlace(before);
    const capitals = word === word.toUpperCase() && !shouting;
    const accepted = CITY_CODES.has(word)
      ? capitals
      : WORDLIKE_CODES.has(word.toUpperCase())
        ? capitals && strongContext
        : capitals || strongContext;
    if (accepted) found.push({ place, matched: word });
  }
  return found;
}

function rank(place: Place): number {
  if (place.kind === 'region') return 10 + place.specificity;
  if (place.kind === 'ambiguous') return 5;
  return 1;
}

function toMatch(found: Found): RegionMatch {
  const { place, matched } = found;
  if (place.kind === 'region') return { kind: 'region', region: place.region, matched };
  if (place.kind === 'ambiguous') return { kind: 'ambiguous', matched, candidates: place.candidates };
  return { kind: 'unserved', matched, state: place.state };
}

/**
 * Builds a resolver from the region data: city and region names, state names and postal codes,
 * and 5-digit ZIP codes by prefix. The most specific mention wins; among equals, the last one
 * ("I moved from Denver to Atlanta").
 */
export function createRegionResolver(regions: readonly Region[]): RegionResolver {
  const { places, longest } = buildPlaceIndex(regions);
  const codes = buildCodeIndex(regions);
  const zips = buildZipIndex(regions);

  // Most words begin no place name: skip them without building any phrase.
  const firstWords = new Set([...places.keys()].map((key) => key.split(' ')[0]));

  const placeAt = (tokens: readonly string[], start: number) => {
    if (!firstWords.has(tokens[start])) return undefined;
    for (let size = Math.min(longest, tokens.length - start); size >= 1; size--) {
      const phrase = tokens.slice(start, start + size).join(' ');
      const place = places.get(phrase);
      if (place) return { place, phrase, size };
    }
    return undefined;
  };
  // "Portland, OR", "Denver CO": a code right after a place name.
  const followsPlace = (before: string): boolean => {
    const tokens = words(before);
    for (let size = 1; size <= Math.min(longest, tokens.length); size++) {
      if (places.get(tokens.slice(-size).join(' '))?.kind === 'region') return true;
    }
    return false;
  };

  return (text: string): RegionMatch => {
    const found: Found[] = [];
    for (const zip of text.matchAll(ZIP_PATTERN)) {
      const region = zips.get(zip[1].slice(0, 3));
      if (region) found.push({ place: { kind: 'region', region, specificity: CITY + 1 }, matched: zip[1] });
    }

    const tokens = words(text);
    for (let start = 0; start < tokens.length; start++) {
      const hit = placeAt(tokens, start);
      if (!hit) continue;
      found.push({ place: hit.place, matched: hit.phrase });
      start += hit.size - 1;
    }
    found.push(...findCodes(text, codes, followsPlace));

    if (found.length === 0) return { kind: 'none' };
    const best = found.reduce((a, b) => (rank(b.place) >= rank(a.place) ? b : a));
    return toMatch(best);
  };
}
