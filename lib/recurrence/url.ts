/**
 * One address per article: the same story reached through tracking links, AMP
 * copies, mobile hosts or web-archive wrappers normalises to one string, so a
 * sighting counts once. Pure; never throws.
 *
 * What normalisation does, in order:
 * - unwraps archive copies whose original address is part of their own
 *   (the Wayback Machine's `/web/<timestamp>/<url>`, the archive.today family's
 *   `/<timestamp or o/id>/<url>`, Google's `/amp/s/<url>` and the AMP cache's `/c/s/<url>`);
 *   short archive ids that do not contain the original stay as they are;
 * - `https` for `http`, lower-case host without a trailing dot, no user info, no default port;
 * - drops the host prefixes in {@link HOST_PREFIXES} (www., m., mobile., amp.) while a dot remains;
 * - drops the fragment and the tracking parameters in {@link TRACKING_PARAMS} (plus every `utm_*`);
 * - drops AMP markers: a last path segment `amp`, a first path segment `amp`, `.amp.html` → `.html`,
 *   `.amp` at the end, and the `amp`, `outputType=amp`, `output=amp` parameters;
 * - drops a trailing `index.html`/`index.htm`/`index.php` and a trailing slash;
 * - sorts the remaining query parameters.
 * Anything that is not an http(s) address is returned unchanged.
 */

/** Host prefixes that name another rendering of the same site, not another site. */
export const HOST_PREFIXES: readonly string[] = ['www.', 'm.', 'mobile.', 'amp.'];

/** Query parameters that say how the reader arrived, never which article it is (compared lower-case). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid', 'smid', 'smtyp', 'taid',
  'icid', 'ito', 'mbid', 'spm', 'share', 'sr_share', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2',
  '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'rb_clickid',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'wt.mc_id', 'fb_action_ids', 'fb_action_types',
  'fb_source', 'fb_ref', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'soc_src', 'soc_trk', 's_cid', 'trk',
  'trkcampaign', 'sc_campaign', 'cid_source', '__twitter_impression', 'amp', 'outputtype', 'output',
]);

// `output`/`outputType` only count as tracking when they ask for the AMP rendering.
const ONLY_WHEN_AMP = new Set(['output', 'outputtype']);

const WAYBACK_HOSTS = /^(?:web\.)?archive\.org$/;
const WAYBACK_PATH = /^\/web\/[0-9*]+[a-z_]*\/(.+)$/i;
const ARCHIVE_TODAY_HOSTS = /^archive\.(?:today|ph|is|li|vn|fo|md)$/;
const ARCHIVE_TODAY_PATH = /^\/(?:o\/[a-z0-9]+|newest|oldest|[0-9]{4}\.[0-9.-]+)\/(.+)$/i;
const GOOGLE_AMP = /^(?:[a-z]+\.)?google\.[a-z.]+$/;
const GOOGLE_AMP_PATH = /^\/amp\/(s\/)?(.+)$/;
const AMP_CACHE_HOST = /\.cdn\.ampproject\.org$/;
const AMP_CACHE_PATH = /^\/[a-z]+\/(s\/)?(.+)$/;
const INDEX_FILE = /\/index\.(?:html?|php)$/i;

const isHttp = (u: URL): boolean => u.protocol === 'http:' || u.protocol === 'https:';

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

// The original address inside an archive or AMP-cache address, when the wrapper carries one.
function unwrap(u: URL): URL | undefined {
  const host = u.hostname;
  const rest = (path: RegExp, secure?: number): string | undefined => {
    const m = path.exec(u.pathname);
    const inner = m?.[secure === undefined ? 1 : 2];
    if (inner === undefined) return undefined;
    const scheme = secure !== undefined && m?.[secure] ? 'https://' : 'http://';
    const withScheme = /^https?:\/{0,2}/i.test(inner) ? inner.replace(/^(https?):\/{0,2}/i, '$1://') : scheme + inner;
    return withScheme + u.search;
  };
  let inner: string | undefined;
  if (WAYBACK_HOSTS.test(host)) inner = rest(WAYBACK_PATH);
  else if (ARCHIVE_TODAY_HOSTS.test(host)) inner = rest(ARCHIVE_TODAY_PATH);
  else if (GOOGLE_AMP.test(host)) inner = rest(GOOGLE_AMP_PATH, 1);
  else if (AMP_CACHE_HOST.test(host)) inner = rest(AMP_CACHE_PATH, 1);
  const parsed = inner === undefined ? undefined : parse(inner);
  return parsed && isHttp(parsed) ? parsed : undefined;
}

/** The host without prefixes that name another rendering of the same site. */
export function siteKey(host: string): string {
  let h = host.toLowerCase().replace(/\.+$/, '');
  for (let again = true; again; ) {
    again = false;
    for (const prefix of HOST_PREFIXES) {
      if (h.startsWith(prefix) && h.indexOf('.', prefix.length) > 0) {
        h = h.slice(prefix.length);
        again = true;
      }
    }
  }
  return h;
}

function cleanPath(path: string): string {
  let p = path.replace(INDEX_FILE, '/');
  p = p.replace(/\.amp\.html?$/i, '.html').replace(/\.amp$/i, '');
  p = p.replace(/\/amp\/?$/i, '/').replace(/^\/amp(?=\/)/i, '');
  p = p.replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

function cleanQuery(params: URLSearchParams): string {
  const kept: [string, string][] = [];
  for (const [key, value] of params) {
    const lower = key.toLowerCase();
    if (lower.startsWith('utm_')) continue;
    if (TRACKING_PARAMS.has(lower) && (!ONLY_WHEN_AMP.has(lower) || value.toLowerCase() === 'amp')) continue;
    kept.push([key, value]);
  }
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

function normaliseOnce(u: URL): string {
  const host = siteKey(u.hostname);
  const port = u.port === '' || u.port === '443' || u.port === '80' ? '' : `:${u.port}`;
  const query = cleanQuery(u.searchParams);
  return `https://${host}${port}${cleanPath(u.pathname)}${query ? `?${query}` : ''}`;
}

/** The article's address with everything that does not identify the article removed (see the module comment). */
export function normaliseUrl(url: string): string {
  let u = parse(url);
  if (!u || !isHttp(u)) return url;
  for (let inner = unwrap(u); inner; inner = unwrap(u)) u = inner;
  // Cleaning can expose another layer (e.g. an AMP segment in front of a wrapper); repeat until stable.
  let out = normaliseOnce(u);
  for (let i = 0; i < 4; i++) {
    const again = parse(out);
    if (!again) return out;
    const unwrapped = unwrap(again) ?? again;
    const next = normaliseOnce(unwrapped);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** What a page says about its own address. */
export interface PageAddress {
  url: string;
  canonicalUrl?: string;
  ogUrl?: string;
}

// A canonical link to a site's home page (or to no path) is a template mistake, not the article's address.
function plausibleCanonical(candidate: string, page: string): boolean {
  const c = parse(candidate);
  const p = parse(page);
  if (!c || !isHttp(c)) return false;
  return c.pathname !== '/' || c.search !== '' || (p !== undefined && p.pathname === '/' && p.search === '');
}

/**
 * The key a sighting is counted under: the page's canonical link, else its og:url, else its own
 * address, normalised. Canonical links to another site are trusted (that is how syndicated copies
 * name the original); links to a bare home page are not.
 */
export function articleKey(page: PageAddress): string {
  const own = normaliseUrl(page.url);
  for (const candidate of [page.canonicalUrl, page.ogUrl]) {
    if (!candidate) continue;
    const normalised = normaliseUrl(candidate);
    if (plausibleCanonical(normalised, own)) return normalised;
  }
  return own;
}
