import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, locateJsonError } from '../../../lib/pack/validate-json';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locateJsonError', () => {
  it('agrees with JSON.parse on valid JSON and on JSON broken by one edit', () => {
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', '0', '\n', ' '), fc.boolean())
      .map(([text, at, insert, replace]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(replace ? i + 1 : i);
      });
    fc.assert(
      fc.property(edited, (text) => {
        expect(locateJsonError(text) === null).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the first character JSON cannot accept', () => {
    expect(locateJsonError('{"a": [1, 2,, 3]}')).toEqual({ offset: 12, line: 1, column: 13, problem: 'unexpected "," where a value was expected' });
    expect(locateJsonError('{"a": 1 "b": 2}')?.problem).toBe(`expected ',' or '}', found '"'`);
    expect(locateJsonError('[1, 2')?.problem).toBe("expected ',' or ']', found the end of the file");
    expect(locateJsonError('{"a": "open')?.problem).toBe('a text value in quotes is never closed');
    expect(locateJsonError('{"a": 01}')?.problem).toBe(`expected ',' or '}', found "1"`);
  });

  it('survives nesting far deeper than any call stack', () => {
    const deep = '['.repeat(200_000);
    expect(locateJsonError(deep)).toMatchObject({ offset: 200_000, problem: 'the file ends where a value was expected' });
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1, treating CRLF as one line end', () => {
    const text = 'ab\r\ncd\nef';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(lineColumn(text, text.indexOf('f'))).toEqual({ line: 3, column: 2 });
  });
});
