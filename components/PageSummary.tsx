import type { ComponentChildren } from 'preact';
import type { PageReport } from '@/lib/messaging';
import { plural } from '@/lib/format';

export interface FoundItem {
  id: string;
  label: string;
  count: number;
}

interface Props {
  report: PageReport | null;
  people: FoundItem[];
  claims: FoundItem[];
  site: string;
  onToggleSite(enabled: boolean): void;
  /** The person or claim whose card is open, shown under its line. */
  selected?: { kind: 'person' | 'claim'; id: string } | null;
  detail?: ComponentChildren;
  onSelect?(kind: 'person' | 'claim', id: string | null): void;
  /** The site note and the snippets saved from the page, shown above the site switch. */
  children?: ComponentChildren;
}

interface ListProps {
  kind: 'person' | 'claim';
  items: FoundItem[];
  unit: string;
  selectedId: string | null;
  detail?: ComponentChildren;
  onSelect?(kind: 'person' | 'claim', id: string | null): void;
}

/** People or claims found on the page; each opens its card content in place. */
function FoundList({ kind, items, unit, selectedId, detail, onSelect }: ListProps) {
  return (
    <ul class="found" data-testid={kind === 'person' ? 'found-people' : 'found-claims'}>
      {items.map((item) => {
        const open = item.id === selectedId;
        return (
          <li key={item.id}>
            <button
              type="button"
              class="found-item"
              aria-expanded={open}
              onClick={() => onSelect?.(kind, open ? null : item.id)}
            >
              <span>{item.label}</span> <span class="count" aria-label={plural(item.count, unit)}>×{item.count}</span>
            </button>
            {open && detail}
          </li>
        );
      })}
    </ul>
  );
}

/** What Backstory found on the current tab (people and claims with counts), or why it found nothing. */
export function PageSummary({ report, people, claims, site, onToggleSite, selected = null, detail, onSelect, children }: Props) {
  if (!report) {
    return (
      <section aria-label="This page" data-testid="page-summary">
        <p class="empty">
          Backstory has not read this tab. It works on web pages (http and https); reload the page if it was open before
          Backstory was installed.
        </p>
      </section>
    );
  }
  const mentions = people.reduce((sum, p) => sum + p.count, 0);
  const off = report.status === 'off';
  return (
    <section aria-label="This page" data-testid="page-summary">
      <h2 class="page-title">{report.title || report.url}</h2>
      <p data-testid="page-status">
        {off
          ? 'Backstory is switched off on this site.'
          : report.status === 'unsupported'
            ? 'This browser cannot highlight text on this page, so Backstory only counts what it finds.'
            : `${plural(mentions, 'mention')} of known people, ${plural(claims.length, 'known claim')}.`}
      </p>
      {people.length > 0 && (
        <>
          <h3>People</h3>
          <FoundList kind="person" items={people} unit="mention" selectedId={selected?.kind === 'person' ? selected.id : null} detail={detail} onSelect={onSelect} />
        </>
      )}
      {claims.length > 0 && (
        <>
          <h3>Claims</h3>
          <FoundList kind="claim" items={claims} unit="sentence" selectedId={selected?.kind === 'claim' ? selected.id : null} detail={detail} onSelect={onSelect} />
        </>
      )}
      {!off && people.length === 0 && claims.length === 0 && (
        <p class="empty">
          None of the people or claims Backstory knows appear here. Add your own people and claims in the library, and they
          will be found on the next page you open.
        </p>
      )}
      {children}
      {site && (
        <label class="switch">
          <input type="checkbox" checked={!off} data-testid="site-switch" onChange={(e) => onToggleSite(e.currentTarget.checked)} />{' '}
          Backstory on {site}
        </label>
      )}
    </section>
  );
}
