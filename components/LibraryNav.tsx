import { routeHash, type LibraryKind, type Route } from '@/lib/router';

interface Props {
  route: Route;
  /** Open candidate claims, for the badge; null until read. */
  candidates: number | null;
  /** How many candidates are read at most: the badge says "100+" when there may be more. */
  candidateLimit: number;
}

const LINKS: readonly { label: string; kind?: LibraryKind }[] = [
  { label: 'Everything' },
  { label: 'Snippets', kind: 'snippet' },
  { label: 'Statements', kind: 'statement' },
  { label: 'People', kind: 'person' },
  { label: 'Claims', kind: 'claim' },
  { label: 'Sources', kind: 'source' },
];

/** The library's sections: lists by kind, candidate claims, and settings & data. */
export function LibraryNav({ route, candidates, candidateLimit }: Props) {
  const currentKind = route.page === 'search' ? (route.filters.kind ?? 'all') : route.page === 'new' ? route.kind : route.page;
  return (
    <nav aria-label="Library sections" class="library-nav">
      {LINKS.map(({ label, kind }) => (
        <a key={label} href={routeHash({ page: 'search', filters: kind ? { kind } : {} })} aria-current={currentKind === (kind ?? 'all') ? 'page' : undefined}>
          {label}
        </a>
      ))}
      <a href={routeHash({ page: 'candidates' })} aria-current={route.page === 'candidates' ? 'page' : undefined} data-testid="nav-candidates">
        Candidates
        {candidates !== null && candidates > 0 && (
          <span class="nav-badge" data-testid="candidates-badge" aria-label={`(${candidates} waiting)`}>
            {candidates >= candidateLimit ? `${candidateLimit}+` : candidates}
          </span>
        )}
      </a>
      <a href={routeHash({ page: 'settings' })} aria-current={route.page === 'settings' ? 'page' : undefined} data-testid="nav-settings">
        Settings &amp; data
      </a>
    </nav>
  );
}
