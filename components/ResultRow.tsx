import type { Catalog, LibraryItem } from '@/lib/db';
import { routeHash, snippetPageUrl } from '@/lib/router';
import { plural } from '@/lib/format';
import { SnippetRow } from './SnippetRow';
import { VERDICT_LABEL } from './ClaimForm';

interface Props {
  item: LibraryItem;
  catalog: Catalog;
}

const href = {
  person: (id: string) => routeHash({ page: 'person', id }),
  claim: (id: string) => routeHash({ page: 'claim', id }),
  source: (domain: string) => routeHash({ page: 'source', domain }),
};

const KIND_LABEL = { snippet: 'Snippet', statement: 'Statement', person: 'Person', claim: 'Claim', source: 'Source' } as const;

/** One search result, drawn for its kind, linking to its page. */
export function ResultRow({ item, catalog }: Props) {
  const badge = <span class={`badge badge-${item.kind}`}>{KIND_LABEL[item.kind]}</span>;
  switch (item.kind) {
    case 'snippet': {
      const s = item.record;
      return (
        <>
          {badge}
          <SnippetRow
            snippet={s}
            personName={s.personId ? catalog.people.get(s.personId)?.name : undefined}
            claimLabels={s.claimIds.flatMap((c) => catalog.claims.get(c)?.text ?? [])}
            pageUrl={snippetPageUrl(s.url, s.anchor.exact || s.text)}
            editUrl={routeHash({ page: 'snippet', id: s.id })}
          />
        </>
      );
    }
    case 'statement': {
      const s = item.record;
      const speaker = s.personId ? catalog.people.get(s.personId) : undefined;
      return (
        <>
          {badge} <q>{s.text}</q>
          <span class="meta">
            {speaker && <a href={href.person(speaker.id)}>{speaker.name}</a>}
            {s.date && ` · ${s.date}`}
            {s.sourceName && ` · ${s.sourceName}`}
          </span>
        </>
      );
    }
    case 'person': {
      const p = item.record;
      return (
        <>
          {badge} <a href={href.person(p.id)}>{p.name}</a>
          <span class="meta">
            {[p.role, p.organization].filter(Boolean).join(', ')}
            {p.aliases.length > 0 && ` · ${plural(p.aliases.length, 'other name')}`}
          </span>
        </>
      );
    }
    case 'claim': {
      const c = item.record;
      return (
        <>
          {badge} <a href={href.claim(c.id)}>{c.text}</a>
          <span class={`meta verdict verdict-${c.verdict ?? 'unverified'}`}>{VERDICT_LABEL[c.verdict ?? 'unverified']}</span>
        </>
      );
    }
    case 'source': {
      const s = item.record;
      return (
        <>
          {badge} <a href={href.source(s.domain)}>{s.name ? `${s.name} (${s.domain})` : s.domain}</a>
          {s.tags.length > 0 && <span class="meta">{s.tags.map((t) => `#${t}`).join(' ')}</span>}
        </>
      );
    }
  }
}
