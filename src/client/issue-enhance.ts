/**
 * The issue page's only script, an enhancement: without it every filter is a link to a
 * static page and printing works from the browser menu. With it, filters work in place
 * (several at once, state in the query string, the count announced) and "Stampa" appears.
 */
import { countText, filtersFromQuery, isShown, parseToken, queryOf, type ActiveFilters } from '../lib/view/filter-match.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

const panel = document.querySelector<HTMLDetailsElement>('details[data-filters]');
if (panel) enhanceFilters(panel);

function enhanceFilters(panel: HTMLDetailsElement): void {
  const links = [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const cards = [...document.querySelectorAll<HTMLElement>('main article[data-kind]')];
  const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')];
  const status = document.querySelector<HTMLElement>('[data-count]');
  const clear = document.querySelector<HTMLAnchorElement>('a[data-clear]');
  // The page's language: its count words travel as data on the status line.
  const data = status?.dataset ?? {};
  const words = { none: data['none'] ?? '', one: data['one'] ?? '', many: data['many'] ?? '{n}' };
  const tokenOf = (link: HTMLAnchorElement) => parseToken(link.pathname.split('/').filter(Boolean).pop() ?? '');

  function show(active: ActiveFilters): void {
    const filtering = queryOf(active) !== '';
    let shown = 0;
    for (const card of cards) {
      card.hidden = !isShown(card.dataset['kind'] ?? '', (card.dataset['f'] ?? '').split(' '), active);
      if (!card.hidden) shown++;
    }
    for (const section of sections) section.hidden = filtering && !section.querySelector('article:not([hidden])');
    for (const link of links) {
      const token = tokenOf(link);
      if (token && active[token[0]] === token[1]) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    if (status) status.textContent = filtering ? countText(shown, words) : '';
    if (clear) clear.hidden = !filtering;
    if (filtering) panel.open = true;
  }

  function go(active: ActiveFilters): void {
    history.pushState(null, '', `${location.pathname}${queryOf(active)}`);
    show(active);
  }

  panel.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const token = link ? tokenOf(link) : undefined;
    if (!token) return;
    event.preventDefault();
    const active = filtersFromQuery(location.search);
    const [facet, value] = token;
    if (active[facet] === value) delete active[facet];
    else active[facet] = value;
    go(active);
  });
  clear?.addEventListener('click', (event) => {
    event.preventDefault();
    go({});
  });
  addEventListener('popstate', () => show(filtersFromQuery(location.search)));
  show(filtersFromQuery(location.search));
}
