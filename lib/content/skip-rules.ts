/**
 * Which parts of a page are never scanned (number-detection.md §1 "Never scan") and which elements end a
 * run of inline text. Everything is decided from tag names and attributes only: reading computed styles
 * while scanning would force layout on every block (§8 "layout is never read while scanning").
 */

/**
 * Elements whose content is laid out as its own block (or line) by default, so text on either side of
 * them never belongs to the same phone number. Table cells and list items are included on purpose.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'IMG',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'VIDEO',
  'AUDIO',
]);

/** Whole subtrees that are code, form controls, graphics or otherwise not prose (§1). */
const SKIPPED_TAGS = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'IFRAME',
  'BUTTON',
  'HEAD',
  'TITLE',
  'MATH',
]);

/** Roots of in-page code editors; their text is source code even when it is not in `<pre>`. */
const CODE_EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];

/** URI schemes whose links are phone numbers (number-detection.md §4.9), compared in lower case. */
const PHONE_SCHEMES = ['tel:', 'callto:', 'sip:'];

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

export function isPhoneHref(href: string): boolean {
  const lower = href.trimStart().slice(0, 8).toLowerCase();
  return PHONE_SCHEMES.some((scheme) => lower.startsWith(scheme));
}

/**
 * True when nothing inside `element` may be highlighted. `ownHost` is the extension's UI host. Text inside
 * links is skipped whatever the scheme: ordinary links already mean something on click, and phone links
 * get the hover card as a whole instead of a second mark on their text (§7.1).
 */
export function isSkippedElement(element: Element, ownHost: Element | null): boolean {
  if (element === ownHost) return true;
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements carry no attributes at all: one cheap check spares the five lookups below.
  if (!element.hasAttributes()) return false;
  if (tag === 'A' && element.hasAttribute('href')) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  // The attribute, not `isContentEditable`: Chrome computes that property from styles, which would force
  // a style recalculation while scanning. Descendants are covered because the whole subtree is skipped.
  const contentEditable = element.getAttribute('contenteditable');
  if (contentEditable !== null && contentEditable.toLowerCase() !== 'false') return true;
  const classes = element.classList;
  if (classes.length > 0 && CODE_EDITOR_CLASSES.some((name) => classes.contains(name))) return true;
  return false;
}

/** Telavox's own web apps already place calls themselves (§1 "Whole pages"). */
const TELAVOX_APP_HOSTS = new Set(['home.telavox.se', 'app.joinflow.com']);

/**
 * Reasons to leave a whole page alone: Telavox's own apps, a document in design mode, or a page that
 * asked browsers not to detect phone numbers (`<meta name="format-detection" content="telephone=no">`,
 * https://developer.apple.com/library/archive/documentation/AppleApplications/Reference/SafariHTMLRef/Articles/MetaTags.html).
 */
export function isPageExcluded(doc: Document, hostname: string): boolean {
  if (TELAVOX_APP_HOSTS.has(hostname.toLowerCase())) return true;
  if (doc.designMode === 'on') return true;
  for (const meta of doc.querySelectorAll('meta[name]')) {
    if (meta.getAttribute('name')?.toLowerCase() !== 'format-detection') continue;
    const content = (meta.getAttribute('content') ?? '').toLowerCase().replace(/\s+/g, '');
    if (content.split(/[,;]/).includes('telephone=no')) return true;
  }
  return false;
}
