/**
 * Which elements end a block of text and which hold text Backstory must never
 * read. Decided from tag names and attributes only: computed style per element
 * is too slow on big pages (see text-map.ts for the one visibility check made).
 */

/** Elements whose start and end are block boundaries (no match may cross one). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

/** Elements whose text is code, form state, metadata or not rendered. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'textarea', 'input', 'select', 'option',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'head', 'meta', 'link',
]);

/** Marks Backstory's own UI; the scanner never reads or reacts to what is inside. */
export const UI_ATTRIBUTE = 'data-backstory-ui';

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** True when an element's subtree must not be read (code, form fields, hidden, our UI...). */
export function isExcluded(el: Element): boolean {
  return isExcludedTag(el.localName) || hasExcludingAttribute(el);
}

/** True when elements of this tag name are never read, whatever their attributes. */
export function isExcludedTag(name: string): boolean {
  return SKIP_TAGS.has(name) || name.startsWith('backstory-');
}

/** True when an attribute hides the element, makes it editable or marks it as ours. */
export function hasExcludingAttribute(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  // One call for all the names costs less than asking for each attribute in turn.
  for (const name of el.getAttributeNames()) {
    if (name === 'hidden' || name === UI_ATTRIBUTE) return true;
    if (name === 'contenteditable' && (el.getAttribute(name) as string).toLowerCase() !== 'false') return true;
    if (name === 'style' && DISPLAY_NONE.test(el.getAttribute(name) as string)) return true;
  }
  return false;
}

/** True when CSS keeps the element from rendering; display:contents has no box of its own, yet its children render. */
export function isNotRendered(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return false;
  return getComputedStyle(el).display !== 'contents';
}

/** True when an element starts and ends a block of text. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** The parent across shadow boundaries: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent) return parent;
  return isShadowRoot(node) ? node.host : null;
}

/** Narrowing without relying on the ShadowRoot global (absent in some test DOMs). */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host != null;
}

/** True when the node lies inside an excluded element (or is one), up to the document. */
export function isInsideExcluded(node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === 1 && isExcluded(n as Element)) return true;
  }
  return false;
}

/** The nearest block element or shadow root holding the node: the unit a rescan redoes. */
export function blockContainer(node: Node, stop: Node): Node {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n === stop || isShadowRoot(n)) return n;
    if (n.nodeType === 1 && isBlock(n as Element)) return n;
  }
  return stop;
}
