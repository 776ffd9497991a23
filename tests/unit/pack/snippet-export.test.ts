import { describe, expect, it } from 'vitest';
import { csvCell, escapeMarkdownInline, snippetsToCsv, snippetsToMarkdown } from '../../../lib/pack/snippet-export';
import type { Snippet } from '../../../lib/types';

function snippet(fields: Partial<Snippet> = {}): Snippet {
  const text = fields.text ?? 'Helicopters without identifying insignia deliver weapons.';
  return {
    id: 's1',
    text,
    url: 'https://example.org/news/kabulov',
    canonicalUrl: 'https://example.org/news/kabulov',
    title: 'Kabulov on helicopters',
    site: 'example.org',
    savedAt: Date.UTC(2024, 4, 1, 12),
    anchor: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
    claimIds: [],
    note: '',
    tags: [],
    updatedAt: 0,
    ...fields,
  };
}

const people = new Map([['zamir-kabulov', { name: 'Zamir Kabulov' }]]);
const claims = new Map([['unmarked-helicopters', { text: 'Unmarked helicopters are ferrying ISIS fighters' }]]);

/** Parses our own CSV back (RFC 4180), to prove quoting round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('snippetsToMarkdown', () => {
  it('writes one section per snippet with quote, attribution, linked title, dates, note and tags', () => {
    const md = snippetsToMarkdown(
      [
        snippet({ personId: 'zamir-kabulov', claimIds: ['unmarked-helicopters'], publishedDate: '2020-04-10', note: 'Check UNAMA reply', tags: ['helicopters', 'nato'] }),
        snippet({ id: 's2', title: 'Second page', url: 'https://example.net/b' }),
      ],
      people,
      claims,
    );
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## 1. [Kabulov on helicopters](https://example.org/news/kabulov)');
    expect(md).toContain('> Helicopters without identifying insignia deliver weapons.');
    expect(md).toContain('- Person: Zamir Kabulov');
    expect(md).toContain('- Claims: Unmarked helicopters are ferrying ISIS fighters');
    expect(md).toContain('- Published: 2020-04-10');
    expect(md).toContain('- Saved: 2024-05-01');
    expect(md).toContain('- Note: Check UNAMA reply');
    expect(md).toContain('- Tags: helicopters, nato');
    expect(md).toContain('## 2. [Second page](https://example.net/b)');
  });

  it('keeps a hostile quote inside its blockquote: no headings, lists, HTML or links', () => {
    const md = snippetsToMarkdown([snippet({ text: '# Heading\n- item\n1. first\n<img src=x onerror=alert(1)>\n[click](javascript:alert(1))\n    code' })]);
    const quote = md.split('\n').filter((line) => line.startsWith('>'));
    expect(quote).toEqual([
      '> \\# Heading',
      '> \\- item',
      '> 1\\. first',
      '> \\<img src=x onerror=alert(1)\\>',
      '> \\[click\\](javascript:alert(1))',
      '> code',
    ]);
  });

  it('escapes brackets in titles and parentheses in addresses, and links only http(s) addresses', () => {
    const md = snippetsToMarkdown([
      snippet({ title: 'A [bracketed] *title*', url: 'https://example.org/wiki/Kabul_(city)' }),
      snippet({ title: 'Unsafe', url: 'javascript:alert(1)' }),
    ]);
    expect(md).toContain('## 1. [A \\[bracketed\\] \\*title\\*](https://example.org/wiki/Kabul_%28city%29)');
    expect(md).toContain('## 2. Unsafe\n');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('- Address: javascript:alert(1)');
  });

  it('falls back to the id when a person or claim is not known', () => {
    const md = snippetsToMarkdown([snippet({ personId: 'gone', claimIds: ['missing'] })]);
    expect(md).toContain('- Person: gone');
    expect(md).toContain('- Claims: missing');
  });

  it('escapes every inline Markdown character', () => {
    expect(escapeMarkdownInline('a*b_c`d[e]f<g>h&i~j|k\\l')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\&i\\~j\\|k\\\\l');
  });
});

describe('snippetsToCsv', () => {
  it('writes a header and one CRLF-terminated row per snippet that parse back to the same values', () => {
    const tricky = 'He said, "no comment"\nand left';
    const csv = snippetsToCsv([snippet({ text: tricky, personId: 'zamir-kabulov', claimIds: ['unmarked-helicopters'], tags: ['a', 'b'] })], people, claims);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['quote', 'person', 'claims', 'title', 'url', 'site', 'published', 'saved', 'note', 'tags']);
    expect(rows[1]).toEqual([tricky, 'Zamir Kabulov', 'Unmarked helicopters are ferrying ISIS fighters', 'Kabulov on helicopters', 'https://example.org/news/kabulov', 'example.org', '', '2024-05-01', '', 'a, b']);
    expect(rows).toHaveLength(2);
  });

  it('quotes only cells that need it, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝']) {
      expect(csvCell(`${start}HYPERLINK("http://evil")`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=SUM(A1,A2)')).toBe(`"'=SUM(A1,A2)"`);
    expect(csvCell('a=b')).toBe('a=b');
    const rows = parseCsv(snippetsToCsv([snippet({ text: '=cmd|/C calc!A0', note: '@SUM(1)', tags: ['-2'] })]));
    expect([rows[1]?.[0], rows[1]?.[8], rows[1]?.[9]]).toEqual(["'=cmd|/C calc!A0", "'@SUM(1)", "'-2"]);
  });
});
