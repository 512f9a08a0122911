/**
 * A page's `<head>` as HTML: title and description, canonical and the other languages'
 * addresses (hreflang), the feed, Open Graph, the icon, the item's JSON-LD and the stylesheet.
 */
import { OG_LOCALES } from '../../../i18n/languages.ts';
import { serializeJsonLd } from '../json-ld.ts';
import type { LanguageLink } from '../page-languages.ts';
import type { Reader } from '../reader.ts';
import { ROUTES } from '../urls.ts';
import { attrs, element, text, type AttrValue } from './markup.ts';

const tag = (name: string, attributes: Record<string, AttrValue>): string => `<${name}${attrs(attributes)}>`;

export interface PageHead {
  title: string;
  description: string;
  /** Absolute URL of this page. */
  canonical: string;
  /** The switcher's links: their `alternate` addresses become hreflang links… */
  languages: readonly LanguageLink[];
  /** …when the page exists in more languages than Italian. */
  translated: boolean;
  ogType: 'website' | 'article';
  noindex: boolean;
  jsonLd?: Record<string, unknown> | undefined;
  /** The stylesheet, inline (`css`) or linked (`href`). */
  style: { css: string } | { href: string };
}

export function pageHeadHtml(reader: Reader, head: PageHead): string {
  const { urls, settings } = reader;
  const hreflang = head.translated
    ? head.languages.map((link) => tag('link', { rel: 'alternate', hreflang: link.lang, href: link.alternate })).join('') + tag('link', { rel: 'alternate', hreflang: 'x-default', href: head.languages[0]?.alternate })
    : '';
  return tag('meta', { charset: 'utf-8' })
    + tag('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' })
    + element('title', {}, text(head.title))
    + tag('meta', { name: 'description', content: head.description })
    + tag('link', { rel: 'canonical', href: head.canonical })
    + hreflang
    + (head.noindex ? tag('meta', { name: 'robots', content: 'noindex' }) : '')
    + tag('link', { rel: 'alternate', type: 'application/rss+xml', title: settings.name, href: urls.asset(ROUTES.feed) })
    + tag('meta', { property: 'og:type', content: head.ogType })
    + tag('meta', { property: 'og:locale', content: OG_LOCALES[reader.lang] })
    + tag('meta', { property: 'og:site_name', content: settings.name })
    + tag('meta', { property: 'og:title', content: head.title })
    + tag('meta', { property: 'og:description', content: head.description })
    + tag('meta', { property: 'og:url', content: head.canonical })
    + tag('meta', { name: 'theme-color', content: '#0b5d3b' })
    + tag('link', { rel: 'icon', href: urls.asset(ROUTES.favicon), type: 'image/svg+xml' })
    + (head.jsonLd ? `<script type="application/ld+json">${serializeJsonLd(head.jsonLd)}</script>` : '')
    + ('css' in head.style ? `<style>${head.style.css}</style>` : tag('link', { rel: 'stylesheet', href: head.style.href }));
}
