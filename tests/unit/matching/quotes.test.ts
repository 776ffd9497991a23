// Quote suggestions: synthetic shapes, then a saved fixture page read through linkedom.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileNames, findPeople } from '../../../lib/matching/names';
import { findQuotes } from '../../../lib/matching/quotes';
import { BLOCK_BREAK } from '../../../lib/matching/types';
import { extractText } from '../../../lib/page/text-map';
import defaultPack from '../../../lib/pack/default-pack.json';

const dict = compileNames(defaultPack.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases ?? [] })));
const quotes = (text: string) => findQuotes(text, findPeople(dict, text)).map((q) => [q.personId, q.text]);

describe('findQuotes', () => {
  it('takes a quoted passage followed by the speaker, with or without a comma', () => {
    expect(quotes('“We have not heard any reasonable answer yet,” Kabulov stressed.')).toEqual([
      ['zamir-kabulov', 'We have not heard any reasonable answer yet'],
    ]);
    expect(quotes('“Moscow hopes to receive a response” said Zamir Kabulov in an interview.')).toEqual([
      ['zamir-kabulov', 'Moscow hopes to receive a response'],
    ]);
  });

  it('takes the speaker before the quote when a colon or comma introduces it', () => {
    expect(quotes('Sergei Shoigu told the meeting: “The threat is growing every month.”')).toEqual([
      ['sergei-shoigu', 'The threat is growing every month'],
    ]);
  });

  it('resolves "he added" to the person named just before, across blocks', () => {
    const text = `Zamir Kabulov spoke in Moscow.${BLOCK_BREAK}“Daesh has a clear aim of spreading influence,” he added.`;
    expect(quotes(text)).toEqual([['zamir-kabulov', 'Daesh has a clear aim of spreading influence']]);
    expect(quotes(`Putin met envoys.${BLOCK_BREAK}He added that the talks would continue next week.`)).toEqual([
      ['vladimir-putin', 'the talks would continue next week'],
    ]);
  });

  it('reads reported speech: "stressed that …" and a trailing attribution', () => {
    expect(quotes('Kabulov stressed that NATO controls the airspace over Afghanistan.')).toEqual([
      ['zamir-kabulov', 'NATO controls the airspace over Afghanistan'],
    ]);
    expect(quotes('Militants will cross the borders under the guise of refugees, deputy head Igor Morgulov said.')).toEqual([
      ['igor-morgulov', 'Militants will cross the borders under the guise of refugees'],
    ]);
  });

  it('ignores quotes nobody known is said to have spoken, and mere mentions', () => {
    expect(quotes('“This is a long quoted remark by someone,” a diplomat said.')).toEqual([]);
    expect(quotes('Kabulov arrived in Doha for the talks on Tuesday morning.')).toEqual([]);
    expect(quotes('He added that the meeting was long and useful.')).toEqual([]);
  });

  it('leaves ambiguous names out', () => {
    const text = '“The situation is getting worse by the day,” Kabulov said.';
    const people = findPeople(dict, text).map((p) => ({ ...p, personIds: ['a', 'b'] }));
    expect(findQuotes(text, people)).toEqual([]);
  });

  it('finds the Kabul Ledger article’s six Kabulov quotes (five quoted, one "He stated that") with offsets into the page text', () => {
    const html = readFileSync(new URL('../../fixtures/pages/kabul-ledger-daesh.html', import.meta.url), 'utf8');
    const { document } = parseHTML(html);
    const { text } = extractText(document.body, { checkVisibility: false });
    const found = findQuotes(text, findPeople(dict, text));
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    const kabulov = found.filter((q) => q.personId === 'zamir-kabulov').map((q) => q.text);
    expect(kabulov).toHaveLength(6);
    expect(kabulov[0]).toMatch(/^Moscow hopes to receive a comprehensive response/);
    expect(kabulov[2]).toMatch(/^Moscow raised this issue during a UN Security Council session/);
    expect(kabulov[3]).toMatch(/^We are regularly asking our NATO partners/);
  });
});
