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
  const name = el.localName;
  if (SKIP_TAGS.has(name) || name.startsWith('backstory-')) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
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
