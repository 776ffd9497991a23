import type { Recurrence, SiteTimeline } from '@/lib/db';
import { layoutBySite, type SiteItem } from '@/lib/charts';
import { routeHash } from '@/lib/router';
import { plural } from '@/lib/format';
import { formatDate, formatDay, seenLine } from './seen-line';
import { TimelineChart } from './TimelineChart';

interface Props {
  /** Null while it is read. */
  recurrence: Recurrence | null;
  /** "the claim" or the person's name, for the chart's accessible name. */
  subject: string;
  /** Draw the timeline by site (the claim page) or list the sites (the person page). */
  chart: boolean;
  testId: string;
}

const CHART_WIDTH = 680;

const dayOf = (e: SiteTimeline['entries'][number]) => formatDate(e.publishedDate, e.firstSeen);

/** Every sighting as a dot on its site's row. */
function dots(bySite: readonly SiteTimeline[]): SiteItem[] {
  return bySite.flatMap(({ site, entries }) => entries.map((e, i) => ({ id: `${site}#${i}`, site, time: e.at, label: `${dayOf(e)}, ${site}: ${e.title || e.url}` })));
}

/** The pages behind the chart, as links: the chart's text equivalent. */
function PageList({ bySite }: { bySite: readonly SiteTimeline[] }) {
  return (
    <details class="seen-pages">
      <summary>The pages, by site</summary>
      <ul class="found">
        {bySite.map(({ site, entries }) => (
          <li key={site}>
            <a href={routeHash({ page: 'source', domain: site })}>{site}</a>
            <ul>
              {entries.map((e, i) => (
                <li key={i}>
                  <a href={e.url} target="_blank" rel="noreferrer noopener">
                    {e.title || e.url}
                  </a>{' '}
                  <span class="muted">{dayOf(e)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Seen on N pages across M sites, first…, last…" with the sightings by site: a timeline, or a list of sites. */
export function SeenOnSites({ recurrence, subject, chart, testId }: Props) {
  if (!recurrence) return <p class="muted" role="status">Reading where it was seen…</p>;
  const { stats, bySite } = recurrence;
  const bySize = [...bySite].sort((a, b) => b.entries.length - a.entries.length || a.site.localeCompare(b.site));
  return (
    <div data-testid={testId}>
      <p class={stats.pages === 0 ? 'empty' : undefined} data-testid="seen-line">
        {seenLine(stats)}
        {stats.pages === 0 && ' Backstory notes the pages you read on which it appears (switch this off under Settings).'}
      </p>
      {chart && bySite.length > 0 && (
        <>
          <TimelineChart layout={layoutBySite(dots(bySite), { width: CHART_WIDTH, left: 170 })} title={`Where and when ${subject} was seen, by site`} testId="seen-chart" />
          <PageList bySite={bySite} />
        </>
      )}
      {!chart && bySite.length > 0 && (
        <ul class="sites" data-testid="seen-sites">
          {bySize.map(({ site, entries }) => (
            <li key={site}>
              <a href={routeHash({ page: 'source', domain: site })}>{site}</a>{' '}
              <span class="count">
                {plural(entries.length, 'page')}, last {formatDay(Math.max(...entries.map((e) => e.at)))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
