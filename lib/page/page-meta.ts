/**
 * What a saved snippet records about its page beyond the quote: the title, the
 * canonical URL (so the snippet is found again under tracking parameters or an
 * AMP copy), the outlet's name and the published date the page states.
 */

/** The page facts a snippet stores; the site key comes from the URL, elsewhere. */
export interface PageMeta {
  title: string;
  canonicalUrl: string;
  siteName?: string;
  /** YYYY-MM-DD, when the page states when it was published. */
  publishedDate?: string;
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** Reads the page's metadata; every field falls back to what the document itself says. */
export function readPageMeta(doc: Document = document): PageMeta {
  const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = content('meta[property="og:title"]') ?? doc.title.trim();
  const siteName = content('meta[property="og:site_name"]');
  const publishedDate = publishedDateOf(doc, content);
  return {
    title,
    canonicalUrl: canonicalUrlOf(doc, content),
    ...(siteName && { siteName }),
    ...(publishedDate && { publishedDate }),
  };
}

/** link[rel=canonical], then og:url, then the address without its fragment; only http(s) URLs count. */
function canonicalUrlOf(doc: Document, content: (s: string) => string | undefined): string {
  const candidates = [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), content('meta[property="og:url"]')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, doc.baseURI || undefined);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A malformed canonical link is the page's mistake; fall through to the next candidate.
    }
  }
  return (doc.URL ?? '').replace(/#.*$/, '');
}

function publishedDateOf(doc: Document, content: (s: string) => string | undefined): string | undefined {
  for (const selector of DATE_SELECTORS) {
    const date = isoDate(content(selector));
    if (date) return date;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const date = isoDate(datePublishedIn(parseJson(script.textContent ?? '')));
    if (date) return date;
  }
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return isoDate(time?.getAttribute('datetime') ?? undefined);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The first datePublished in a JSON-LD value, searching arrays and @graph. */
function datePublishedIn(value: unknown, depth = 0): string | undefined {
  if (depth > 4 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return datePublishedIn(record['@graph'], depth + 1);
}

/** YYYY-MM-DD from an ISO timestamp or date; undefined for anything else, a day the calendar lacks included. */
export function isoDate(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? match.slice(1).join('-') : undefined;
}
