/**
 * What surrounds every page, as HTML: the header with the language switcher, the notice of a
 * page that exists only in Italian, and the footer with the hubs. The parts that are the same
 * on every page of a language are built once per reader.
 */
import { DICTIONARIES } from '../../../i18n/index.ts';
import { telHref, unbreakablePhone } from '../../text/phone.ts';
import type { LanguageLink } from '../page-languages.ts';
import type { Reader } from '../reader.ts';
import { ROUTES } from '../urls.ts';
import { element, text } from './markup.ts';

const once = <T>(build: (reader: Reader) => T): ((reader: Reader) => T) => {
  const built = new WeakMap<Reader, T>();
  return (reader) => {
    let value = built.get(reader);
    if (value === undefined) built.set(reader, (value = build(reader)));
    return value;
  };
};

/** Skip link, header up to the language switcher: the same on every page of a language. */
const headerStart = once((reader: Reader): string => {
  const { t, urls, settings } = reader;
  const home = urls.href(ROUTES.home);
  const menu = element('ul', {}, element('li', {}, element('a', { href: home }, text(t.site.thisWeek))) + element('li', {}, element('a', { href: urls.href(ROUTES.archive) }, text(t.site.allIssues))));
  return `${element('a', { class: 'skip', href: '#contenuto' }, text(t.site.skip))}<header class="site"><div class="wrap">${element('a', { class: 'brand', href: home }, text(settings.name))}${element('nav', { class: 'main', 'aria-label': t.site.menu }, menu)}`;
});

/** The header, with the switcher's links to this page in every language (`languageLinks`). */
export function siteHeaderHtml(reader: Reader, languages: readonly LanguageLink[]): string {
  const links = languages.map((link) => element('li', {}, element('a', { href: link.href, hreflang: link.lang, lang: link.lang, dir: link.dir, 'aria-current': link.current ? 'page' : undefined }, text(link.name)))).join('');
  return `${headerStart(reader)}${element('nav', { class: 'langs', 'aria-label': reader.t.site.languages }, element('ul', {}, links))}</div></header>`;
}

/** On an Italian page that has no other language: each language says so in its own words and links its home. */
export function onlyItalianHtml(languages: readonly LanguageLink[]): string {
  return element('ul', { class: 'only-it' }, languages.filter((link) => link.lang !== 'it').map((link) => {
    const site = DICTIONARIES[link.lang].site;
    return element('li', { lang: link.lang, dir: link.dir }, `${text(site.onlyItalian)} ${element('a', { href: link.href }, text(site.toHome))}`);
  }).join(''));
}

const phoneLink = (phone: string): string => element('a', { href: telHref(phone), dir: 'ltr' }, text(unbreakablePhone(phone)));
const mailLink = (address: string): string => element('a', { href: `mailto:${address}`, dir: 'ltr' }, text(address));

/** The footer: where to find the hubs, the editors' contact, how to receive the bulletin. */
export const siteFooterHtml = once((reader: Reader): string => {
  const { t, urls, settings } = reader;
  const hubs = reader.hubs.map((hub) => element('li', {},
    `${element('strong', { dir: 'auto' }, text(hub.name))}, ${element('span', { lang: reader.italian, dir: 'auto' }, text(hub.address))} — ${element('span', { lang: hub.hoursLang, dir: 'auto' }, text(hub.hours))}`
    + (hub.phone ? ` — ${phoneLink(hub.phone)}` : '')
    + (hub.email ? ` — ${mailLink(hub.email)}` : ''))).join('');
  const contact = `${element('span', { lang: reader.italian, dir: 'auto' }, text(settings.contact.name))}: ${mailLink(settings.contact.email)}${settings.contact.phone ? ` — ${phoneLink(settings.contact.phone)}` : ''}`;
  const feed = `${element('a', { href: urls.href(ROUTES.subscribe) }, text(t.site.subscribe))} · ${element('a', { href: urls.asset(ROUTES.feed) }, text(t.site.feed))} · ${element('a', { href: urls.href(ROUTES.archive) }, text(t.site.archiveLink))}`;
  return `<footer class="site"><div class="wrap">${element('h2', {}, text(t.site.whereToFindUs))}${element('p', {}, text(t.site.hubsIntro))}${element('ul', { class: 'hubs' }, hubs)}<p>${contact}</p>${element('p', { class: 'feed' }, feed)}<p>${element('small', { lang: reader.italian }, text(settings.publisher))}</p></div></footer>`;
});
