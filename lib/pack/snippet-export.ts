/**
 * Saved snippets as Markdown and CSV, for readers who take their collection
 * elsewhere. Snippet text comes from arbitrary web pages, so both writers
 * treat it as hostile: Markdown is escaped so a quote cannot become a
 * heading, link or raw HTML, and CSV cells are quoted (RFC 4180) and
 * defused against spreadsheet formulas.
 */

import type { Claim, Person, Snippet } from '../types';

/** Names to show for person ids; a Map of Person records fits. */
export type PersonNames = ReadonlyMap<string, Pick<Person, 'name'>>;
/** Texts to show for claim ids; a Map of Claim records fits. */
export type ClaimTexts = ReadonlyMap<string, Pick<Claim, 'text'>>;

const NONE = new Map<string, never>();

/** Characters that start inline Markdown (emphasis, code, links, HTML, entities, tables, strikethrough). */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|]/g;
/** Line starts that make a block: heading, quote, list item, setext underline. */
const BLOCK_START = /^(?:[#>+=-]|\d+[.)])/;

/** Text that renders as itself inside a Markdown line. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

/** One line of text that renders as itself and cannot start a Markdown block. */
function escapeMarkdownLine(line: string): string {
  const escaped = escapeMarkdownInline(line.trim());
  const block = BLOCK_START.exec(escaped);
  if (!block) return escaped;
  // "1." is escaped at its dot ("1\."); a single marker character before itself.
  return /^\d/.test(block[0]) ? `${block[0].slice(0, -1)}\\${escaped.slice(block[0].length - 1)}` : `\\${escaped}`;
}

const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** An http(s) address made safe as a Markdown link destination, or null for any other scheme. */
function linkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return null;
  }
}

function isoDay(time: number): string | undefined {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Display values shared by both formats, so Markdown and CSV always agree. */
function describe(snippet: Snippet, people: PersonNames, claims: ClaimTexts) {
  return {
    person: snippet.personId === undefined ? '' : (people.get(snippet.personId)?.name ?? snippet.personId),
    claims: snippet.claimIds.map((claimId) => claims.get(claimId)?.text ?? claimId),
    saved: isoDay(snippet.savedAt) ?? '',
  };
}

function markdownSection(snippet: Snippet, index: number, people: PersonNames, claims: ClaimTexts): string {
  const shown = describe(snippet, people, claims);
  const title = escapeMarkdownInline(oneLine(snippet.title) || snippet.site || 'Untitled page');
  const target = linkTarget(snippet.url);
  const heading = target ? `[${title}](${target})` : title;
  const quote = lines(snippet.text)
    .map((line) => (line.trim() ? `> ${escapeMarkdownLine(line)}` : '>'))
    .join('\n');
  const facts: [string, string][] = [
    ['Person', escapeMarkdownInline(shown.person)],
    ['Claims', shown.claims.map((text) => escapeMarkdownInline(oneLine(text))).join('; ')],
    ['Site', escapeMarkdownInline(snippet.site)],
    ['Address', target ? '' : escapeMarkdownInline(oneLine(snippet.url))],
    ['Published', escapeMarkdownInline(snippet.publishedDate ?? '')],
    ['Saved', shown.saved],
    ['Note', lines(snippet.note).filter((line) => line.trim()).map(escapeMarkdownLine).join('  \n  ')],
    ['Tags', snippet.tags.map(escapeMarkdownInline).join(', ')],
  ];
  const list = facts.filter(([, value]) => value !== '').map(([label, value]) => `- ${label}: ${value}`);
  return [`## ${index + 1}. ${heading}`, quote, list.join('\n')].filter(Boolean).join('\n\n');
}

/** Snippets as one Markdown document: a section per snippet with its quote, attribution, source, dates, note and tags. */
export function snippetsToMarkdown(snippets: readonly Snippet[], people: PersonNames = NONE, claims: ClaimTexts = NONE): string {
  const sections = snippets.map((snippet, index) => markdownSection(snippet, index, people, claims));
  return `# Saved snippets\n\n${sections.join('\n\n')}\n`;
}

/** Cell starts a spreadsheet would run as a formula (OWASP list, plus the full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV cell: formula starts defused with a leading quote, then RFC 4180 quoting where needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = ['quote', 'person', 'claims', 'title', 'url', 'site', 'published', 'saved', 'note', 'tags'] as const;

/**
 * Snippets as CSV (RFC 4180, CRLF line ends, header row). Saved to a file,
 * it needs a leading U+FEFF for spreadsheets to read it as UTF-8.
 */
export function snippetsToCsv(snippets: readonly Snippet[], people: PersonNames = NONE, claims: ClaimTexts = NONE): string {
  const rows = snippets.map((snippet) => {
    const shown = describe(snippet, people, claims);
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      quote: snippet.text,
      person: shown.person,
      claims: shown.claims.join('; '),
      title: snippet.title,
      url: snippet.url,
      site: snippet.site,
      published: snippet.publishedDate ?? '',
      saved: shown.saved,
      note: snippet.note,
      tags: snippet.tags.join(', '),
    };
    return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
