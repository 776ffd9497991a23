import type { SearchFilters } from '@/lib/router';
import type { Catalog } from '@/lib/db';

interface Props {
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
  catalog: Catalog;
  choices: { sites: string[]; tags: string[] };
}

type Key = 'kind' | 'person' | 'claim' | 'site' | 'tag' | 'sort';

const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);

/** Narrow the list by kind, person, claim, site, tag and dates, and choose the order. */
export function FilterBar({ filters, onChange, catalog, choices }: Props) {
  const set = (key: Key | 'from' | 'to', value: string) => {
    const next: Record<string, string | undefined> = { ...filters, [key]: value || undefined };
    onChange(next as SearchFilters);
  };
  const select = (key: Key, label: string, any: string, options: [string, string][]) => (
    <label class="filter">
      <span class="label">{label}</span>
      <select value={filters[key] ?? ''} onChange={(e) => set(key, e.currentTarget.value)} data-testid={`filter-${key}`}>
        <option value="">{any}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const people = [...catalog.people.values()].map((p): [string, string] => [p.id, p.name]).sort(byLabel);
  const claims = [...catalog.claims.values()].map((c): [string, string] => [c.id, c.text.length > 70 ? `${c.text.slice(0, 69)}…` : c.text]).sort(byLabel);
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">Filters</legend>
      {select('kind', 'Kind', 'Everything', [
        ['snippet', 'Snippets'],
        ['statement', 'Statements'],
        ['person', 'People'],
        ['claim', 'Claims'],
        ['source', 'Sources'],
      ])}
      {select('person', 'Person', 'Anyone', people)}
      {select('claim', 'Claim', 'Any claim', claims)}
      {select('site', 'Site', 'Any site', choices.sites.map((s) => [s, s]))}
      {select('tag', 'Tag', 'Any tag', choices.tags.map((t) => [t, `#${t}`]))}
      <label class="filter">
        <span class="label">From</span>
        <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} data-testid="filter-from" />
      </label>
      <label class="filter">
        <span class="label">To</span>
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} data-testid="filter-to" />
      </label>
      {select('sort', 'Order', 'Best first', [
        ['relevance', 'Most relevant'],
        ['date', 'Newest'],
      ])}
    </fieldset>
  );
}
