/**
 * When a bare one-word alias ("Marek") may be somebody else's surname, and what
 * a name's surname is (surnameOf). The same rule applies to surnames derived
 * from full names ("Dvořák" from "Tomáš Dvořák").
 *
 * The rule: look at the word right before the alias, joined to it by
 * whitespace only (after punctuation or at a block start there is nothing to
 * look at, so the match stands). The match stands when that word
 *   - is not capitalised ("the envoy Kabulov"), or is caseless (Arabic, digits),
 *   - is a possessive ("Russia's Kabulov"),
 *   - is a title or honorific ("President Putin", "Foreign Minister Lavrov"),
 *   - is a common capitalised word: function words that start sentences
 *     ("But Kabulov said"), weekdays and months ("On Monday Kabulov"),
 *     demonyms and institutions ("Kremlin", "Taliban").
 * Otherwise the word looks like a given name. Then up to three capitalised
 * words before the alias (a given name, a patronymic, an initial: "Vladimir
 * Vladimirovich Putin", "J. Marek") are compared with the words of the
 * candidates' own names (allowing initials and spelling variants, see
 * ownsWord): candidates who own one of them are kept (this also resolves an
 * ambiguous "Marek" to "Petr … Marek"), and when nobody does ("Karel Marek")
 * the match is dropped.
 *
 * Unlike a rule that trusts every sentence-initial word, an unknown capitalised
 * word at a sentence start also drops the match ("Karel Marek said."): given
 * names start sentences far more often than unlisted words stand directly
 * before a surname, and the lists cover the usual sentence openers.
 *
 * Names written family name first ("Liang Jiahui", see names-order.ts) put a
 * stranger's given name after the family name instead, so for such people the
 * word right after the alias is looked at too: a capitalised word joined by
 * whitespace only that is neither a listed word nor one of their own name words
 * drops them ("Liang Wei said" is not Liang Jiahui; "Liang said", "Liang, who"
 * and "Liang Jiahui" are). The word before still counts: titles stand there
 * whatever the order ("spokesperson Liang"), and so may a stranger's given name
 * written in Western order.
 */

import { isCapital } from './fold';
import { Gap, bareKeyOf, firstChar, joinsNext, keyOf, type Tokens } from './names-tokens';

const TITLES = `mr mrs ms miss mx dr prof professor sir dame lord lady president vice minister premier
  chancellor general gen ambassador envoy director chief secretary senator sen rep representative
  congressman congresswoman governor mayor prime foreign defence defense deputy spokesman spokeswoman
  spokesperson commander colonel col lt lieutenant captain capt major maj sergeant sgt marshal admiral adm
  judge justice king prince princess queen pope cardinal archbishop bishop father rev reverend patriarch
  sheikh sheik mullah imam ayatollah emir sultan crown special acting interim former ex incoming outgoing
  late chairman chairwoman chair speaker leader head commissioner attorney prosecutor officer agent
  comrade citizen herr frau monsieur madame mme m señor senor
  господин госпожа президент премьер министр посол спецпредставитель генерал глава директор
  председатель замминистра заместитель представитель спикер советник губернатор мэр патриарх`;

const COMMON = `the a an and but or nor so yet for as at by in on of off to up from with without into onto
  over under after before since until while when whenever where why how what who whom whose which that this
  these those then there here if unless though although because despite like unlike per via about against
  between among amid during also even only just still now once meanwhile however instead later earlier
  yesterday today tonight tomorrow finally eventually separately similarly likewise indeed perhaps maybe
  both either neither not no nor all some many most each every another other such pro anti non post pre neo
  he she it we they i you his her its our their my your one
  is are was were be been being has have had do does did will would can could should shall may might must
  said says say told tells asked asks added adds warned warns according
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december
  russian american british french german chinese ukrainian afghan iranian israeli syrian iraqi
  turkish pakistani indian czech polish soviet us uk eu un nato kremlin taliban white house
  но и а в во на по с со к о об у за из для при как когда также еще уже вчера сегодня затем потом однако
  тогда лишь даже если хотя что это где почему кроме после до`;

/** Folded particles that belong to the surname after them: "Ó Briain", "al-Baghdadi", "van der Berg". */
const PARTICLES: ReadonlySet<string> = new Set(
  'o mac mc de da di du del della der den van von le la al el bin ibn ben bint abu ter ten dos das do st'.split(' '),
);
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const MIN_SURNAME = 3;
/** Chinese and Korean family names are often two letters ("Xi", "Li", "Wu"); a Western two-letter last word rarely is one. */
const MIN_FAMILY_NAME = 2;

/**
 * The surname of a multi-word name key ("sergei shoigu" → "shoigu", "siobhan o briain" →
 * "o briain", "martin luther king jr" → "king"; family name first: "xi jinping" → "xi"), or
 * undefined.
 */
export function surnameOf(alias: string, familyNameFirst = false): string | undefined {
  if (familyNameFirst) return familyNameOf(alias);
  // Works on offsets rather than split words: it runs for every multi-word name at compile time.
  let end = alias.length;
  let space = alias.lastIndexOf(' ');
  while (space > 0 && end - space - 1 <= 3 && SUFFIXES.has(alias.slice(space + 1, end))) {
    end = space;
    space = alias.lastIndexOf(' ', end - 1);
  }
  if (space < 0 || end - space - 1 < MIN_SURNAME) return undefined;
  let start = space + 1;
  for (let before = alias.lastIndexOf(' ', start - 2); before >= 0; before = alias.lastIndexOf(' ', start - 2)) {
    if (!PARTICLES.has(alias.slice(before + 1, start - 1))) break;
    start = before + 1;
  }
  return alias.slice(start, end);
}

/** Words (folded) that stand next to a surname without being a given name. */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(`${TITLES} ${COMMON}`.split(/\s+/).filter(Boolean));

/**
 * The first word, unless it is also an everyday word: "He" (He Lifeng) or "An" would
 * otherwise name the person in every sentence that starts with it.
 */
function familyNameOf(alias: string): string | undefined {
  const space = alias.indexOf(' ');
  if (space < MIN_FAMILY_NAME) return undefined;
  const family = alias.slice(0, space);
  return NOT_GIVEN_NAMES.has(family) ? undefined : family;
}

const LOOK_BACK = 3;
const VARIANT_PREFIX = 4;

/** What the rules need to know of the library's people, by person index. */
export interface People {
  /** " w1 w2 … ": the folded words of the person's name and aliases. */
  nameWords(person: number): string;
  /** Whether the person's names are written family name first. */
  familyNameFirst(person: number): boolean;
}

/**
 * Decides a bare one-word alias at token `index`: returns the candidate person
 * indexes that survive (all, some, or none = drop the match).
 */
export function resolveBareAlias(
  text: string,
  tokens: Tokens,
  index: number,
  candidates: readonly number[],
  people: People,
): readonly number[] {
  const kept = checkWordBefore(text, tokens, index, candidates, people);
  if (!kept.some((p) => people.familyNameFirst(p))) return kept;
  const next = givenNameAfter(text, tokens, index);
  if (next === undefined) return kept;
  const alias = keyOf(tokens, index);
  return kept.filter((p) => !people.familyNameFirst(p) || ownsWord(people.nameWords(p), next, alias));
}

function checkWordBefore(
  text: string,
  tokens: Tokens,
  index: number,
  candidates: readonly number[],
  people: People,
): readonly number[] {
  const prev = index - 1;
  if (prev < 0 || !joinsNext(tokens, prev) || !looksLikeGivenName(text, tokens, prev)) return candidates;
  const alias = keyOf(tokens, index);
  for (let t = prev, seen = 0; t >= 0 && seen < LOOK_BACK; t--, seen++) {
    if (t < prev && (!joinsNext(tokens, t) || !isCapital(firstChar(text, tokens, t)))) break;
    const key = keyOf(tokens, t);
    const owners = candidates.filter((p) => ownsWord(people.nameWords(p), key, alias));
    if (owners.length > 0) return owners;
  }
  return [];
}

/**
 * The key of the word after a family name at token t when it looks like a given name:
 * capitalised, joined by whitespace only, not a listed word ("Xi Said" in a headline). A
 * possessive ends the name ("Liang's Foreign Ministry").
 */
function givenNameAfter(text: string, tokens: Tokens, t: number): string | undefined {
  const next = t + 1;
  if (next >= tokens.count || tokens.gap[next] !== Gap.Space || bareKeyOf(tokens, t)) return undefined;
  if (!isCapital(firstChar(text, tokens, next))) return undefined;
  const key = bareKeyOf(tokens, next) || keyOf(tokens, next);
  return NOT_GIVEN_NAMES.has(key) ? undefined : key;
}

function looksLikeGivenName(text: string, tokens: Tokens, t: number): boolean {
  if (!isCapital(firstChar(text, tokens, t))) return false;
  if (tokens.gap[t + 1] === Gap.Dot) return true; // an initial, not the article "A"
  if (bareKeyOf(tokens, t)) return false;
  return !NOT_GIVEN_NAMES.has(keyOf(tokens, t));
}

/**
 * Whether a page word is one of the person's own name words: equal to one; or an
 * initial of one; or, from four letters up, sharing the first four letters with
 * one (transliterations: Sergej/Sergei/Sergey, Dmitri/Dmitry). The alias word
 * itself does not count ("M. Marek" is not Petr Marek).
 */
function ownsWord(words: string, key: string, alias: string): boolean {
  if (key !== alias && words.includes(` ${key} `)) return true;
  if (key.length > 1 && key.length < VARIANT_PREFIX) return false;
  const prefix = key.slice(0, VARIANT_PREFIX);
  return words.split(' ').some((word) => word !== alias && word.length >= prefix.length && word.startsWith(prefix));
}
