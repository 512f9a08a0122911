/**
 * Item bodies are Markdown/MDX written by editors: their HTML is cleaned so a body can
 * hold text, lists, links and notices, but never scripts, styles, frames or links other
 * than http(s), mailto and tel. Markdown is cleaned while its page renders; MDX, rendered
 * by Astro as a component, in the built page.
 */
import { load } from 'cheerio';
import sanitizeHtml from 'sanitize-html';
import { withoutInvalidChars } from '../text/text-chars.ts';

/**
 * A body's own ids live in a namespace of their own, so an `id="contenuto"` or `id="km0"`
 * written in a body can never collide with the page's (skip link, sections, cards).
 * Links to them inside the body follow.
 */
export const BODY_ID_PREFIX = 'testo-';

const prefixIds: sanitizeHtml.Transformer = (tagName, attribs) => {
  const attributes = { ...attribs };
  // Idempotent: HTML cleaned twice keeps one prefix.
  const prefixed = (id: string): string => (id.startsWith(BODY_ID_PREFIX) ? id : `${BODY_ID_PREFIX}${id}`);
  if (attributes['id']) attributes['id'] = prefixed(attributes['id']);
  if (tagName === 'a' && attributes['href']?.startsWith('#') && attributes['href'].length > 1) attributes['href'] = `#${prefixed(attributes['href'].slice(1))}`;
  return { tagName, attribs: attributes };
};

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
  transformTags: { '*': prefixIds },
};

/** Cleans a fragment of body HTML. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(withoutInvalidChars(html), OPTIONS);
}

/** Cleans every body region of a built page; pages without one come back unchanged. */
/** MDX bodies are rendered by Astro as components, so their pages are cleaned after the build. */
const UNSANITIZED = /<[a-z][^>]*\sdata-unsanitized[\s>=]/;

export function sanitizePage(html: string): string {
  if (!UNSANITIZED.test(html)) return html;
  const $ = load(html);
  $('[data-unsanitized]').each((_, element) => {
    const region = $(element);
    region.html(sanitizeBody(region.html() ?? ''));
    region.removeAttr('data-unsanitized');
  });
  return $.html();
}
