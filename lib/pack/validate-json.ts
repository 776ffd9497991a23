/**
 * Locating JSON syntax errors. Engines disagree on whether JSON.parse reports
 * a position (V8 in Node 20 often does not), so on failure this small scanner
 * walks the text once more to say where and what went wrong. It only runs on
 * text JSON.parse already refused, and it keeps an explicit stack so a
 * hostile, deeply nested file cannot overflow the call stack.
 */

/** Where a JSON text first breaks, and a reader-facing description. */
export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  problem: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Broken {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

function describeChar(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  if (c.charCodeAt(0) < 0x20) return 'a control character';
  return c === '"' ? `'"'` : `"${c}"`;
}

/** Returns the index just after the closing quote of the string opening at `start`. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) throw new Broken(start, 'a text value in quotes is never closed');
    if (c === '"') return i + 1;
    if (c === '\\') {
      const e = text[i + 1];
      if (e === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
      else if (e !== undefined && ESCAPES.has(e)) i += 2;
      else throw new Broken(i, 'invalid escape sequence in a text value');
    } else if (c.charCodeAt(0) < 0x20) {
      throw new Broken(i, `${describeChar(c)} inside a text value in quotes`);
    } else i++;
  }
}

function scanValue(text: string, i: number): { end: number; opens?: '{' | '[' } {
  const c = text[i];
  if (c === undefined) throw new Broken(i, 'the file ends where a value was expected');
  if (c === '{' || c === '[') return { end: i + 1, opens: c };
  if (c === '"') return { end: scanString(text, i) };
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return { end: i + word.length };
  }
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return { end: NUMBER.lastIndex };
  throw new Broken(i, `unexpected ${describeChar(c)} where a value was expected`);
}

function findBreak(text: string): Broken | null {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  };
  try {
    for (;;) {
      skip();
      const c = text[i];
      const top = stack[stack.length - 1];
      if (state === 'key') {
        if (c !== '"') throw new Broken(i, `expected a property name in double quotes, found ${c === undefined ? 'the end of the file' : describeChar(c)}`);
        i = scanString(text, i);
        skip();
        if (text[i] !== ':') throw new Broken(i, "expected ':' after the property name");
        i++;
        state = 'value';
      } else if (state === 'value') {
        const scanned = scanValue(text, i);
        i = scanned.end;
        state = 'after';
        if (scanned.opens) {
          skip();
          if (text[i] === (scanned.opens === '{' ? '}' : ']')) i++;
          else {
            stack.push(scanned.opens);
            state = scanned.opens === '{' ? 'key' : 'value';
          }
        }
      } else if (top === undefined) {
        return c === undefined ? null : new Broken(i, 'unexpected text after the end of the data');
      } else if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else {
        const expected = top === '{' ? "',' or '}'" : "',' or ']'";
        throw new Broken(i, `expected ${expected}, found ${c === undefined ? 'the end of the file' : describeChar(c)}`);
      }
    }
  } catch (e) {
    if (e instanceof Broken) return e;
    throw e;
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Why JSON.parse refused `text`, located; null when the scanner finds the text well formed. */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  const broken = findBreak(text);
  if (!broken) return null;
  return { offset: broken.offset, problem: broken.problem, ...lineColumn(text, broken.offset) };
}
