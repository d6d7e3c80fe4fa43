/**
 * What a regular expression needs a text to contain before it can match: a few literal strings, one
 * of which is in the text wherever the pattern matches ("breath" for /\bcant (catch|get) breath\b/).
 * Read from the pattern's source, so it holds for any pattern; whatever the reader does not know
 * makes it give up, and such a pattern always runs.
 */

/**
 * What a piece of a pattern can consume and what it needs. `exact`: every string the piece can
 * consume is one of these (null: too many to list). `needs`: wherever the piece matches, the text
 * contains one of these (null: nothing known).
 */
interface Piece {
  exact: ReadonlySet<string> | null;
  needs: ReadonlySet<string> | null;
}

/** Above this many strings, a set is not worth listing (word lists cross-multiply). */
const MAX_STRINGS = 64;
const ANYTHING: Piece = { exact: null, needs: null };
const NOTHING_CONSUMED: Piece = { exact: new Set(['']), needs: null };

class Unsupported extends Error {}

/** Every string of `a` followed by every string of `b`, or null if that is too many. */
function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The set that narrows most: the longest shortest string (an empty string needs nothing). */
function narrowest(sets: ReadonlyArray<ReadonlySet<string> | null>): ReadonlySet<string> | null {
  let best: ReadonlySet<string> | null = null;
  let bestLength = 0;
  for (const set of sets) {
    if (!set || set.size === 0) continue;
    const shortest = Math.min(...[...set].map((text) => text.length));
    if (shortest > bestLength) [best, bestLength] = [set, shortest];
  }
  return best;
}

/** A sequence: each part matches in turn, so what any part needs (or any run of exact parts consumes) is needed. */
function sequence(pieces: readonly Piece[]): Piece {
  let exact: ReadonlySet<string> | null = new Set(['']);
  let run: ReadonlySet<string> | null = new Set(['']);
  const candidates: Array<ReadonlySet<string> | null> = [];
  for (const piece of pieces) {
    candidates.push(piece.needs, piece.exact);
    exact = exact && piece.exact ? product(exact, piece.exact) : null;
    run = run && piece.exact ? product(run, piece.exact) : null;
    if (!run) run = piece.exact ?? new Set(['']);
    candidates.push(run);
  }
  return { exact, needs: narrowest([...candidates, exact]) };
}

/** Alternatives: whichever matches, one of its own needs is met. */
function alternatives(pieces: readonly Piece[]): Piece {
  if (pieces.length === 1) return pieces[0];
  const exact = pieces.every((piece) => piece.exact) ? new Set(pieces.flatMap((piece) => [...piece.exact!])) : null;
  const each = pieces.map((piece) => narrowest([piece.needs, piece.exact]));
  const needs = each.every((set) => set !== null) ? new Set(each.flatMap((set) => [...set!])) : null;
  return { exact: exact && exact.size <= MAX_STRINGS ? exact : null, needs: narrowest([needs]) };
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
/** Escaped characters that stand for themselves. */
const LITERAL_ESCAPES = new Set([...'\\^$.|?*+()[]{}/-']);

/** A recursive-descent reader of the JavaScript regex syntax the danger patterns use. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Piece {
    const piece = this.disjunction();
    if (this.at !== this.source.length) throw new Unsupported();
    return piece;
  }

  private peek(text: string): boolean {
    return this.source.startsWith(text, this.at);
  }

  private disjunction(): Piece {
    const branches = [this.alternative()];
    while (this.peek('|')) {
      this.at++;
      branches.push(this.alternative());
    }
    return alternatives(branches);
  }

  private alternative(): Piece {
    const pieces: Piece[] = [];
    while (this.at < this.source.length && !this.peek('|') && !this.peek(')')) pieces.push(this.quantified(this.term()));
    return sequence(pieces);
  }

  private term(): Piece {
    const char = this.source[this.at++];
    if (char === '^' || char === '$') return NOTHING_CONSUMED;
    if (char === '.') return ANYTHING;
    if (char === '[') return this.characterClass();
    if (char === '(') return this.group();
    if (char === '\\') return this.escape();
    if ('*+?{}]'.includes(char)) throw new Unsupported();
    return { exact: new Set([char]), needs: null };
  }

  private escape(): Piece {
    const char = this.source[this.at++];
    if (char === 'b' || char === 'B') return NOTHING_CONSUMED;
    if (CLASS_ESCAPES.has(char)) return ANYTHING;
    if (LITERAL_ESCAPES.has(char)) return { exact: new Set([char]), needs: null };
    throw new Unsupported();
  }

  private group(): Piece {
    const lookaround = ['?=', '?!', '?<=', '?<!'].find((prefix) => this.peek(prefix));
    if (lookaround) this.at += lookaround.length;
    else if (this.peek('?:')) this.at += 2;
    else if (this.peek('?')) throw new Unsupported();
    const inner = this.disjunction();
    if (!this.peek(')')) throw new Unsupported();
    this.at++;
    if (!lookaround) return inner;
    // A lookaround consumes nothing; a positive one still needs its text somewhere in the text.
    const positive = lookaround === '?=' || lookaround === '?<=';
    return { exact: new Set(['']), needs: positive ? narrowest([inner.needs, inner.exact]) : null };
  }

  /** `[abc]`, `[a-z]`: one of its characters; a negated or wide class (`[^.]`, `[\w']`) could be almost any. */
  private characterClass(): Piece {
    const chars = new Set<string>();
    let wide = this.peek('^');
    if (wide) this.at++;
    while (!this.peek(']')) {
      let char = this.source[this.at++];
      if (char === undefined) throw new Unsupported();
      if (char === '\\') {
        char = this.source[this.at++];
        if (CLASS_ESCAPES.has(char)) wide = true;
        else if (!LITERAL_ESCAPES.has(char)) throw new Unsupported();
      } else if (this.peek('-') && this.source[this.at + 1] !== ']') {
        const last = this.source[this.at + 1];
        if (last === '\\') throw new Unsupported();
        for (let code = char.charCodeAt(0); code <= last.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
        this.at += 2;
        continue;
      }
      chars.add(char);
    }
    this.at++;
    return { exact: !wide && chars.size <= MAX_STRINGS ? chars : null, needs: null };
  }

  /** `?` may consume nothing; `*` and `{0,n}` too, and any number of repeats is not listed; `+` and `{n,m}` (n ≥ 1) need what one repeat needs. */
  private quantified(piece: Piece): Piece {
    const match = /^(?:([*+?])|\{(\d+)(,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!match) return piece;
    this.at += match[0].length;
    const least = match[1] === '+' ? 1 : match[1] ? 0 : Number(match[2]);
    const once = match[1] === undefined && match[3] === undefined && least === 1;
    if (match[1] === '?') return { exact: piece.exact ? new Set([...piece.exact, '']) : null, needs: null };
    if (least === 0) return ANYTHING;
    return { exact: once ? piece.exact : null, needs: narrowest([piece.needs, piece.exact]) };
  }
}

/** Drops strings that contain another of the set: whatever holds the longer holds the shorter. */
function shortestOnly(strings: ReadonlySet<string>): string[] {
  const list = [...strings].sort((a, b) => a.length - b.length);
  return list.filter((text, index) => !list.slice(0, index).some((shorter) => text.includes(shorter)));
}

/**
 * Strings one of which any text the pattern matches contains, or undefined if that is not known (the
 * pattern must then always run). Only patterns without flags or with `g` alone are read: others (`i`,
 * `u`, ...) change what a match is.
 */
export function requiredText(pattern: RegExp): string[] | undefined {
  if (pattern.flags !== '' && pattern.flags !== 'g') return undefined;
  try {
    const { needs, exact } = new Reader(pattern.source).read();
    const set = narrowest([needs, exact]);
    return set ? shortestOnly(set) : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
