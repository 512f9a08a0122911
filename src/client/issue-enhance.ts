/**
 * The issue page's only script, an enhancement: without it every filter is a link to a
 * static page and printing works from the browser menu. With it, filters work in place
 * (several at once, state in the query string, the count announced), the header and the
 * sections' counts follow them, a button at the foot of the panel says how many cards match
 * and takes the reader to them, and "Stampa" appears. On issue and archive pages, it also turns
 * the link to the archive into a search field (./search.ts).
 */
import { countText, filtersFromQuery, isShown, parseToken, queryOf, type ActiveFilters } from '../lib/view/filter-match.ts';
import { countWordsOf } from './count-words.ts';
import { enhanceSearch } from './search.ts';

const searchBox = document.querySelector<HTMLElement>('[data-find]');
if (searchBox) enhanceSearch(searchBox);

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
  const showButton = panel.querySelector<HTMLButtonElement>('button[data-show]');
  const lead = document.querySelector<HTMLElement>('[data-lead]');
  const leadText = lead?.textContent ?? '';
  const sectionCounts = [...document.querySelectorAll<HTMLElement>('[data-n]')];
  const folds = [...panel.querySelectorAll<HTMLDetailsElement>('details')];
  const words = countWordsOf(status);
  const showWords = countWordsOf(showButton);
  if (showButton?.parentElement) showButton.parentElement.hidden = false;
  const tokenOf = (link: HTMLAnchorElement) => parseToken(link.pathname.split('/').filter(Boolean).pop() ?? '');

  function show(active: ActiveFilters): void {
    const filtering = queryOf(active) !== '';
    let shown = 0;
    for (const card of cards) {
      card.hidden = !isShown(card.dataset['kind'] ?? '', (card.dataset['f'] ?? '').split(' '), active);
      if (!card.hidden) shown++;
    }
    for (const section of sections) {
      const count = section.querySelectorAll('article:not([hidden])').length;
      section.hidden = filtering && count === 0;
      // The table of contents: each section's count, and no entry for a section left empty.
      for (const number of sectionCounts.filter((element) => element.dataset['n'] === section.id)) {
        number.textContent = String(count);
        const entry = number.closest('li');
        if (entry) entry.hidden = section.hidden;
      }
    }
    for (const link of links) {
      const token = tokenOf(link);
      if (token && active[token[0]] === token[1]) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const fold of folds) if (fold.querySelector('[aria-current]')) fold.open = true;
    if (status) status.textContent = filtering ? countText(shown, words) : '';
    if (showButton) showButton.textContent = countText(shown, showWords);
    if (lead) lead.textContent = filtering ? (lead.dataset['lead'] ?? '').replace('{n}', String(shown)).replace('{total}', lead.dataset['total'] ?? '') : leadText;
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
  // "Mostra N annunci": the panel closes and the reader lands on the count, above the cards.
  showButton?.addEventListener('click', () => {
    panel.open = false;
    const target = status && status.textContent ? status : document.querySelector<HTMLElement>('main section:not([hidden])');
    target?.scrollIntoView({ block: 'start' });
    if (target === status) status?.focus();
  });
  clear?.addEventListener('click', (event) => {
    event.preventDefault();
    go({});
  });
  addEventListener('popstate', () => show(filtersFromQuery(location.search)));
  show(filtersFromQuery(location.search));
}
