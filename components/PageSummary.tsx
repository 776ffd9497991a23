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
}

/** What Backstory found on the current tab (people and claims with counts), or why it found nothing. */
export function PageSummary({ report, people, claims, site, onToggleSite }: Props) {
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
          <ul class="found" data-testid="found-people">
            {people.map((p) => (
              <li key={p.id}>
                {p.label} <span class="count" aria-label={plural(p.count, 'mention')}>×{p.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {claims.length > 0 && (
        <>
          <h3>Claims</h3>
          <ul class="found" data-testid="found-claims">
            {claims.map((c) => (
              <li key={c.id}>
                {c.label} <span class="count" aria-label={plural(c.count, 'sentence')}>×{c.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {site && (
        <label class="switch">
          <input type="checkbox" checked={!off} data-testid="site-switch" onChange={(e) => onToggleSite(e.currentTarget.checked)} />{' '}
          Backstory on {site}
        </label>
      )}
    </section>
  );
}
