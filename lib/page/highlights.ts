/**
 * Paints matches with the CSS Custom Highlight API, which styles ranges without
 * touching the page's DOM (no wrapper elements to break the page's scripts or
 * layout). Degrades to 'unsupported' where the API is missing.
 */

/** The three things Backstory paints; each is a separate registry entry. */
export type HighlightKind = 'person' | 'claim' | 'snippet';

const KINDS: readonly HighlightKind[] = ['person', 'claim', 'snippet'];

/** The CSS.highlights name for a kind. */
export const highlightName = (kind: HighlightKind): string => `backstory-${kind}`;

/** The base colour (#rrggbb) of each kind; highlights draw it translucent. */
export type HighlightColours = Record<HighlightKind, string>;

export const DEFAULT_COLOURS: Readonly<HighlightColours> = { person: '#ffc400', claim: '#0084ff', snippet: '#40c860' };

const rgba = (hex: string, alpha: number): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
};

/**
 * Translucent backgrounds and underlines read on light and dark pages alike; the
 * dark variant only lifts the alpha. People win over claims where both overlap.
 * Every declaration is !important and the sheet is adopted (adopted sheets come
 * after the page's own in the cascade), so page CSS aimed at ::highlight() loses.
 */
export function highlightCss(colours: HighlightColours = DEFAULT_COLOURS): string {
  const { person, claim, snippet } = colours;
  return `
::highlight(backstory-person) {
  background-color: ${rgba(person, 0.22)} !important;
  text-decoration: underline solid ${rgba(person, 0.95)} 2px !important;
  text-underline-offset: 0.18em !important;
}
::highlight(backstory-claim) {
  background-color: ${rgba(claim, 0.1)} !important;
  text-decoration: underline dotted ${rgba(claim, 0.95)} 2px !important;
  text-underline-offset: 0.18em !important;
}
::highlight(backstory-snippet) {
  background-color: ${rgba(snippet, 0.28)} !important;
}
@media (prefers-color-scheme: dark) {
  ::highlight(backstory-person) { background-color: ${rgba(person, 0.3)} !important; }
  ::highlight(backstory-claim) { background-color: ${rgba(claim, 0.22)} !important; }
  ::highlight(backstory-snippet) { background-color: ${rgba(snippet, 0.34)} !important; }
}`;
}

// Every highlighter's sheet in this frame, so a change of colours reaches all of them.
const liveSheets = new Set<CSSStyleSheet>();
let currentCss = highlightCss();

/** Applies the reader's colours to every highlight in this frame, now and later. */
export function setHighlightColours(colours: HighlightColours): void {
  currentCss = highlightCss(colours);
  for (const sheet of liveSheets) sheet.replaceSync(currentCss);
}

/** Keeps Backstory's highlights registered and their styles present; destroy() removes both. */
export interface Highlighter {
  readonly status: 'ok' | 'unsupported';
  add(kind: HighlightKind, ranges: readonly AbstractRange[]): void;
  remove(kind: HighlightKind, ranges: readonly AbstractRange[]): void;
  /** How many ranges a kind currently holds. */
  size(kind: HighlightKind): number;
  /** Styles a shadow root: ::highlight() rules apply only within their own tree. */
  styleShadowRoot(shadow: ShadowRoot): void;
  destroy(): void;
}

/** Creates the highlighter for one document; nothing is registered until the first add. */
export function createHighlighter(doc: Document = document): Highlighter {
  const win = doc.defaultView;
  const registry = win && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  if (!win || !registry || typeof win.Highlight !== 'function') return unsupportedHighlighter();

  const highlights = new Map<HighlightKind, Highlight>();
  const styled = new Set<Document | ShadowRoot>();
  let sheet: CSSStyleSheet | null = null;

  // Constructed sheets are not inline styles, so a page's style-src CSP does not block them.
  const adopt = (target: Document | ShadowRoot) => {
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(currentCss);
      liveSheets.add(sheet);
    }
    if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    styled.add(target);
  };

  const ensure = (kind: HighlightKind): Highlight => {
    let highlight = highlights.get(kind);
    if (!highlight) {
      highlight = new win.Highlight();
      highlight.priority = KINDS.length - KINDS.indexOf(kind);
      highlights.set(kind, highlight);
    }
    // Re-register on every use: a page may have cleared the registry.
    if (registry.get(highlightName(kind)) !== highlight) registry.set(highlightName(kind), highlight);
    // Re-adopt on every use too: a page may have dropped our sheet.
    adopt(doc);
    return highlight;
  };

  return {
    status: 'ok',
    add(kind, ranges) {
      if (ranges.length === 0) return;
      const highlight = ensure(kind);
      for (const range of ranges) highlight.add(range);
    },
    remove(kind, ranges) {
      const highlight = highlights.get(kind);
      if (highlight) for (const range of ranges) highlight.delete(range);
    },
    size: (kind) => highlights.get(kind)?.size ?? 0,
    styleShadowRoot(shadow) {
      if (!styled.has(shadow)) adopt(shadow);
    },
    destroy() {
      for (const [kind, highlight] of highlights) {
        if (registry.get(highlightName(kind)) === highlight) registry.delete(highlightName(kind));
        highlight.clear();
      }
      highlights.clear();
      for (const target of styled) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      styled.clear();
      if (sheet) liveSheets.delete(sheet);
    },
  };
}

function unsupportedHighlighter(): Highlighter {
  return {
    status: 'unsupported',
    add() {},
    remove() {},
    size: () => 0,
    styleShadowRoot() {},
    destroy() {},
  };
}
