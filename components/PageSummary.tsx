import type { PageReport } from '@/lib/messaging';

/** What Backstory found on the current tab, or why it found nothing. */
export function PageSummary({ report }: { report: PageReport | null }) {
  if (!report) {
    return (
      <section aria-label="This page" data-testid="page-summary">
        <p class="empty">Backstory has not read this tab. It works on news pages (http and https); reload the page if it was open before Backstory was installed.</p>
      </section>
    );
  }
  const people = Object.values(report.people).reduce((a, b) => a + b, 0);
  const claims = Object.values(report.claims).reduce((a, b) => a + b, 0);
  return (
    <section aria-label="This page" data-testid="page-summary">
      <h2 class="page-title">{report.title || report.url}</h2>
      <p data-testid="page-status">
        {report.status === 'off'
          ? 'Backstory is switched off on this site.'
          : `${people} mention${people === 1 ? '' : 's'} of known people, ${claims} known claim${claims === 1 ? '' : 's'}.`}
      </p>
    </section>
  );
}
