/**
 * Quotes a page attributes to a known person, so a person's card can offer them
 * as prior statements in one click. Three shapes are recognised:
 *   - a quoted passage with the speaker next to it: “…,” Kabulov said / “…” said
 *     Zamir Kabulov / Kabulov said: “…”
 *   - reported speech: Kabulov stressed that … / …, deputy head Igor Morgulov said.
 *   - a pronoun standing for the person named just before: “…,” he added / She
 *     added that …
 * Only unambiguous person matches speak; an ambiguous name is left to the reader.
 */

import { blockAround, sentencesOf, type Span } from './sentences';
import { BLOCK_BREAK, type PersonMatch } from './types';

/** A passage the page attributes to one person; offsets index the flattened text. */
export interface Quote {
  personId: string;
  text: string;
  start: number;
  end: number;
}

const VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'warned', 'warns',
  'stated', 'states', 'explained', 'explains', 'claimed', 'claims', 'insisted', 'insists', 'declared', 'declares',
  'emphasi[sz]ed', 'emphasi[sz]es', 'underlined', 'underscored', 'asserted', 'argued', 'argues', 'continued',
  'remarked', 'pointed out', 'acknowledged', 'admitted', 'announced', 'recalled', 'wrote', 'writes',
].join('|');
/** A speech verb as a whole word. */
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'i');
/** A sentence opening with "He added" and the like: the speaker is the person named just before. */
const PRONOUN_OPENING = new RegExp(`^(?:he|she)\\s+(?:also\\s+)?(?:${VERBS})\\b`, 'i');
const PRONOUN = /\b(?:he|she)\b/i;
/** After the verb: "that …" or ": …" introduces the reported words. */
const INTRODUCER = /^(?:\s+that\b|\s*:)\s*/i;

/** Opening quote mark → the marks that may close it. */
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“”', '"': '"' };
const QUOTE_MARKS = /[“”«»„"]/;
const MIN_CHARS = 15;
/** How far from a quote mark the speaker may be named. */
const WINDOW = 150;
/** How far back "he" may look for the person it stands for. */
const PRONOUN_REACH = 2000;

/** Every sentence of the text, block by block. */
export function allSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const block = blockAround(text, start);
    if (block.end > block.start) spans.push(...sentencesOf(text, block));
    start = block.end + 1;
  }
  return spans;
}

/** Finds quotes attributed to known people; `sentences` defaults to {@link allSentences}. */
export function findQuotes(text: string, people: readonly PersonMatch[], sentences: readonly Span[] = allSentences(text)): Quote[] {
  const named = people.filter((p) => p.personIds.length === 1).sort((a, b) => a.start - b.start);
  const found = new Map<string, Quote>();
  const add = (personId: string | undefined, start: number, end: number) => {
    if (personId === undefined) return;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/[\s,;:.]+$/u, '');
    if (body.length >= MIN_CHARS) found.set(`${start + lead}`, { personId, text: body, start: start + lead, end: start + lead + body.length });
  };
  const context = { text, named };

  for (const quoted of quotedSpans(text)) {
    add(speakerAfter(context, quoted.end + 1, quoted.start - 1) ?? speakerBefore(context, quoted.start - 1), quoted.start, quoted.end);
  }
  for (const sentence of sentences) {
    if (QUOTE_MARKS.test(text.slice(sentence.start, sentence.end))) continue;
    const reported = reportedSpeech(context, sentence);
    if (reported) add(reported.personId, reported.start, reported.end);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

interface Context {
  text: string;
  named: readonly PersonMatch[];
}

/** Inner spans of quoted passages, each within one block. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = PAIRS[text[i] as string];
    if (!closers) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j] as string) && text[j] !== BLOCK_BREAK) j++;
    if (j < text.length && text[j] !== BLOCK_BREAK) spans.push({ start: i + 1, end: j });
    i = j + 1;
  }
  return spans;
}

/** The single-id person last named before `offset`, within reach. */
function namedBefore({ named }: Context, offset: number): string | undefined {
  for (let k = named.length - 1; k >= 0; k--) {
    const p = named[k] as PersonMatch;
    if (p.end <= offset) return offset - p.end <= PRONOUN_REACH ? p.personIds[0] : undefined;
  }
  return undefined;
}

/** Person matches starting in [from, to). */
const namedWithin = ({ named }: Context, from: number, to: number) => named.filter((p) => p.start >= from && p.end <= to);

/** Where the clause after a closing quote ends: a full stop, another quote, or the block's end. */
function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + WINDOW);
  for (let k = from; k < limit; k++) {
    const c = text[k] as string;
    if (c === BLOCK_BREAK || c === '.' || c === '!' || c === '?' || PAIRS[c]) return k;
  }
  return limit;
}

/** “…,” Kabulov said / ” said Zamir Kabulov / ,” he added. */
function speakerAfter(context: Context, from: number, quoteOpen: number): string | undefined {
  const to = clauseEnd(context.text, from);
  const clause = context.text.slice(from, to);
  if (!VERB.test(clause)) return undefined;
  const [person] = namedWithin(context, from, to);
  if (person) return person.personIds[0];
  return PRONOUN.test(clause) ? namedBefore(context, quoteOpen) : undefined;
}

/** Kabulov said: “…” / Kabulov told reporters, “…” */
function speakerBefore(context: Context, quoteOpen: number): string | undefined {
  const { text } = context;
  const before = text.slice(Math.max(0, quoteOpen - WINDOW), quoteOpen);
  const cut = Math.max(before.lastIndexOf(BLOCK_BREAK), before.search(/[.!?][^.!?]*$/));
  const from = quoteOpen - before.length + cut + 1;
  const clause = text.slice(from, quoteOpen);
  if (!/[,:]\s*$/.test(clause) || !VERB.test(clause)) return undefined;
  const people = namedWithin(context, from, quoteOpen);
  const last = people[people.length - 1];
  if (last) return last.personIds[0];
  return PRONOUN.test(clause) ? namedBefore(context, from) : undefined;
}

/** Kabulov stressed that … / He added that … / …, envoy Zamir Kabulov said. */
function reportedSpeech(context: Context, sentence: Span): Omit<Quote, 'text'> | null {
  const { text } = context;
  const body = text.slice(sentence.start, sentence.end);
  if (PRONOUN_OPENING.test(body)) {
    const verbEnd = sentence.start + (body.match(PRONOUN_OPENING)?.[0].length ?? 0);
    const intro = text.slice(verbEnd, sentence.end).match(INTRODUCER);
    const personId = namedBefore(context, sentence.start);
    return intro && personId ? { personId, start: verbEnd + intro[0].length, end: sentence.end } : null;
  }
  for (const person of namedWithin(context, sentence.start, sentence.end)) {
    const personId = person.personIds[0] as string;
    // The verb right after the name, allowing a short apposition: "Kabulov, the envoy, said that".
    const after = text.slice(person.end, sentence.end);
    const verb = after.match(new RegExp(`^(?:'s?)?(?:,[^,]{1,60},)?\\s+(?:also\\s+)?(?:${VERBS})\\b`, 'i'));
    if (verb) {
      const rest = after.slice(verb[0].length);
      const intro = rest.match(INTRODUCER);
      if (intro) return { personId, start: person.end + verb[0].length + intro[0].length, end: sentence.end };
      // "…, deputy head Igor Morgulov said." — the words come before the attribution.
      if (/^[^,]{0,40}$/.test(rest.replace(/[.!?]$/, ''))) {
        const comma = text.lastIndexOf(',', person.start);
        if (comma > sentence.start) return { personId, start: sentence.start, end: comma };
      }
    }
    // "…, said Zamir Kabulov."
    const saidBefore = text.slice(sentence.start, person.start).match(new RegExp(`,\\s*(?:${VERBS})\\s+(?:[\\p{L}-]+\\s+){0,4}$`, 'iu'));
    if (saidBefore && saidBefore.index !== undefined && saidBefore.index > 0) {
      return { personId, start: sentence.start, end: sentence.start + saidBefore.index };
    }
  }
  return null;
}
