/**
 * The search field (src/components/Search.astro): shown instead of the link to the archive; its
 * first focus loads Pagefind's script, which reads the index of the page's language (`<html lang>`).
 * Results are links with Pagefind's excerpt, its matches marked; built as DOM nodes, never as HTML.
 */
import { countText } from '../lib/view/filter-match.ts';
import { countWordsOf } from './count-words.ts';

interface Found {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  /** Null when a newer search started within the wait. */
  debouncedSearch(term: string, options: object, waitMs: number): Promise<{ results: { data(): Promise<Found> }[] } | null>;
}

export function enhanceSearch(box: HTMLElement): void {
  const form = box.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = box.querySelector<HTMLElement>('[data-find-count]')!;
  const list = box.querySelector<HTMLElement>('[data-find-results]')!;
  const fallback = box.querySelector<HTMLElement>('[data-find-fallback]');
  const toggle = (on: boolean) => {
    form.hidden = !on;
    if (fallback) fallback.hidden = on;
  };
  toggle(true);
  let pagefind: Promise<Pagefind> | undefined;
  // Pagefind loads on the first focus only: a reader who never searches downloads nothing.
  const load = () =>
    (pagefind ??= (import(`${box.dataset['find']}pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ baseUrl: box.dataset['base']! });
      return module;
    }));
  // Unavailable (offline, old browser): the link to the archive again.
  const run = () => void find().catch(() => toggle(false));
  async function find(): Promise<void> {
    const term = input.value.trim();
    const search = term ? await (await load()).debouncedSearch(term, {}, 250) : { results: [] };
    if (!search) return;
    const found = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
    list.replaceChildren(...found.map(resultItem));
    list.hidden = found.length === 0;
    status.textContent = term ? countText(search.results.length, countWordsOf(status)) : '';
  }
  input.addEventListener('focus', () => void load().catch(() => toggle(false)), { once: true });
  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
}

function resultItem(found: Found): HTMLLIElement {
  const item = document.createElement('li');
  const link = item.appendChild(document.createElement('a'));
  link.href = found.url;
  link.textContent = found.meta.title ?? found.url;
  const excerpt = item.appendChild(document.createElement('small'));
  link.dir = excerpt.dir = 'auto';
  // Pagefind's excerpt is escaped text with <mark> around matches: copied as text and marks only.
  for (const node of new DOMParser().parseFromString(found.excerpt, 'text/html').body.childNodes) {
    const part = node.nodeName === 'MARK' ? excerpt.appendChild(document.createElement('mark')) : excerpt;
    part.append(node.textContent ?? '');
  }
  return item;
}
