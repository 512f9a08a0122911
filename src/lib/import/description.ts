/**
 * A posting's `description` (HTML from someone else's site) as a clean Markdown body:
 * no scripts, styles, frames, forms, images or event handlers; only http(s), mailto and
 * tel links; no raw HTML left, so the body is text the build renders as Markdown.
 */
import { load } from 'cheerio';
import { Parser } from 'htmlparser2';
import TurndownService from 'turndown';
import { escapeHtml } from '../text/escape.ts';
import { htmlToText } from '../text/html-to-text.ts';

const DROPPED = 'script, style, iframe, frame, frameset, object, embed, applet, noscript, template, form, input, button, select, textarea, svg, math, canvas, img, picture, video, audio, source, track, link, meta, base, head, title';
/** A tag of the HTML descriptions are written in (plain text may hold "<" and ">" of its own). */
const HTML_TAG = /<\/?(p|br|div|span|ul|ol|li|h[1-6]|strong|b|em|i|u|a|table|tr|td|th|section|article|blockquote|hr|script|style|iframe|img|font|center)\b[^>]*>|<!--/i;
const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/** Deeper than this, a description is refused: the HTML tools below walk the tree recursively. */
export const MAX_NESTING = 100;

/** HTML nested deeper than `MAX_NESTING` (a page made to exhaust the stack). */
export class TooDeeplyNested extends Error {}

/** Counts open elements with htmlparser2's streaming parser (no tree, no recursion); throws past `MAX_NESTING`. */
function assertShallow(html: string): void {
  let depth = 0;
  const parser = new Parser({
    onopentag: () => {
      if (++depth > MAX_NESTING) throw new TooDeeplyNested();
    },
    onclosetag: () => {
      depth = Math.max(0, depth - 1);
    },
  });
  parser.end(html);
}

/** An absolute http(s)/mailto/tel address, or undefined (relative ones are resolved against the page). */
export function safeHref(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  // Control characters and spaces hide "java\tscript:" from naive checks: remove them first.
  const cleaned = href.replace(/[\u0000-\u0020\u007f]+/g, '');
  let absolute: string;
  try {
    absolute = base ? new URL(cleaned, base).href : new URL(cleaned).href;
  } catch {
    return undefined;
  }
  return SAFE_LINK.test(absolute) ? absolute : undefined;
}

/** The text of an HTML fragment or of text with entities ("Pulizie &amp; sanificazione"), on one line. */
export function oneLineText(html: string): string {
  assertShallow(html);
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

function turndownService(base: string | undefined): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  service.addRule('safeLinks', {
    filter: 'a',
    replacement: (content, node) => {
      const href = safeHref((node as HTMLElement).getAttribute('href') ?? undefined, base);
      const text = content.trim();
      if (!href || !text) return content;
      return `[${text}](${href.replace(/[()<>\s]/g, (char) => encodeURIComponent(char))})`;
    },
  });
  const escape = service.escape.bind(service);
  // A "<" left in the text would be read as HTML by the Markdown renderer.
  service.escape = (text: string) => escape(text).replace(/</g, '\\<');
  return service;
}

/** Markdown for a description; `base` is the page address, for relative links. */
export function descriptionToMarkdown(html: string, base?: string): string {
  // Some boards put the HTML in JSON-LD with its entities escaped once more ("&lt;p&gt;").
  assertShallow(html);
  const decoded = !HTML_TAG.test(html) && /&lt;[a-z/]/i.test(html) ? load(html, null, false).root().text() : html;
  // Others write plain text: its line breaks are its paragraphs.
  const source = HTML_TAG.test(decoded) ? decoded : decoded.split(/\r?\n\s*\n/).map((part) => `<p>${escapeHtml(part.trim()).replace(/\r?\n/g, '<br>')}</p>`).join('');
  const $ = load(source, null, false);
  const root = $.root();
  root.find(DROPPED).remove();
  root.find('*').each((_, element) => {
    for (const name of Object.keys(element.attribs)) {
      if (!(element.tagName === 'a' && name === 'href')) $(element).removeAttr(name);
    }
  });
  // The item page already has the title as its heading.
  root.find('h1, h2').each((_, element) => {
    element.tagName = 'h3';
  });
  const markdown = turndownService(base).turndown($.html());
  return markdown.replace(/\n{3,}/g, '\n\n').trim();
}
