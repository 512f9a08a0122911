/**
 * Item bodies are Markdown/MDX written by editors: their HTML is cleaned after the
 * build so a body can hold text, lists, links and notices, but never scripts, styles,
 * frames or links other than http(s), mailto and tel.
 */
import { load } from 'cheerio';
import sanitizeHtml from 'sanitize-html';

/** Where bodies land in the built pages. */
export const BODY_SELECTOR = '[data-content-body]';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
    'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'aside', 'span', 'div', 'code', 'pre', 'abbr', 'small', 'sup', 'sub',
  ],
  allowedAttributes: { a: ['href', 'title'], aside: ['class', 'role'], abbr: ['title'], '*': ['dir', 'lang', 'id'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Cleans a fragment of body HTML. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** Cleans every body region of a built page; pages without one come back unchanged. */
/** The body region in markup (not the CSS selector of the same name inlined in every page). */
const BODY_MARKUP = /<[a-z][^>]*\sdata-content-body[\s>=]/;

export function sanitizePage(html: string): string {
  if (!BODY_MARKUP.test(html)) return html;
  const $ = load(html);
  $(BODY_SELECTOR).each((_, element) => {
    const region = $(element);
    region.html(sanitizeBody(region.html() ?? ''));
  });
  return $.html();
}
