/** The page's count words ("{n} annunci") in its language, carried as data on the element that shows a count. */
import type { CountWords } from '../lib/view/filter-match.ts';

export function countWordsOf(element: HTMLElement | null | undefined): CountWords {
  const data = element?.dataset ?? {};
  return { none: data['none'] ?? '', one: data['one'] ?? '', many: data['many'] ?? '{n}' };
}
