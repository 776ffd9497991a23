import { plural } from '@/lib/format';

/** A claim of the week's list, with its wording. */
export interface PopularClaim {
  id: string;
  text: string;
  pages: number;
  sites: number;
}

interface Props {
  claims: PopularClaim[];
  hrefOf(id: string): string;
}

/** The claims met on the most pages in the last seven days, each linking to its page in the library; nothing when none. */
export function SeenThisWeek({ claims, hrefOf }: Props) {
  if (claims.length === 0) return null;
  return (
    <section class="seen-popular" aria-labelledby="seen-week-heading" data-testid="seen-this-week">
      <h3 id="seen-week-heading">Seen most this week</h3>
      <ol class="found">
        {claims.map((c) => (
          <li key={c.id}>
            <a href={hrefOf(c.id)} target="_blank" rel="noopener">
              {c.text}
            </a>{' '}
            <span class="count">
              {plural(c.pages, 'page')} · {plural(c.sites, 'site')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
