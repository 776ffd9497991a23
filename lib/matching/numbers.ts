/**
 * Numbers in claims: "10,000", "10 000", "ten thousand", "10 thousand" and
 * "10k" all state the same figure, so they become the same token.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, dozen: 12,
};

/** Digits with thousands separators (comma, space, no-break space) and an optional decimal part. */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const DIGITS_WITH_SUFFIX = new RegExp(`^(${DIGITS_SOURCE})(k|m|mn|bn)?$`);

/** Parses one token written in digits ("50,000", "5.5", "50m"); null when it is not one. */
export function parseDigits(token: string): number | null {
  const m = DIGITS_WITH_SUFFIX.exec(token);
  if (!m || !m[1]) return null;
  const value = Number(m[1].replace(/[,\u00A0\u202F ]/g, ''));
  return Number.isFinite(value) ? value * (m[2] ? (SCALES[m[2]] ?? 1) : 1) : null;
}

/** Whether a folded word can start or continue a number; lets scanners skip the parser for most words. */
export function isNumberWord(word: string): boolean {
  const first = word.charCodeAt(0);
  return word in UNITS || word in SCALES || (first >= 0x30 && first <= 0x39 && parseDigits(word) !== null);
}

/** A number read from a run of words: its value and how many words it used. */
export interface NumberRead {
  value: number;
  length: number;
}

/** Whether a unit word continues the number so far ("twenty" + "five", "hundred" + "fifty") rather than starting another. */
function canAppend(current: number, total: number, unit: number, seenValue: boolean): boolean {
  if (!seenValue) return true;
  if (current === 0) return total > 0;
  if (current % 100 === 0) return true;
  return current >= 20 && current < 100 && current % 10 === 0 && unit < 10;
}

/**
 * Reads the number that starts at the word `from` ("fifty thousand", "10 thousand",
 * "two hundred and fifty"); null when that word does not start one. A bare
 * scale word ("thousands") is not a figure, so it never starts a number.
 * `wordAt` gives the folded words, undefined past the last.
 */
export function readNumber(wordAt: (i: number) => string | undefined, from: number): NumberRead | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let seenValue = false;
  for (let i = from; ; i++) {
    const word = wordAt(i);
    if (word === undefined) break;
    const digits = parseDigits(word);
    const unit = UNITS[word];
    const scale = SCALES[word];
    if (digits !== null && !seenValue) {
      current = digits;
    } else if (unit !== undefined && canAppend(current, total, unit, seenValue)) {
      current += unit;
    } else if (scale !== undefined && seenValue && word.length > 2) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (word === 'and' && seenValue && (wordAt(i + 1) ?? '') in UNITS) {
      continue;
    } else break;
    seenValue = true;
    used = i - from + 1;
  }
  return seenValue ? { value: total + current, length: used } : null;
}
