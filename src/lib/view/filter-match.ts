/**
 * Which cards a set of active filters shows. No imports: the build (static filtered
 * pages) and the issue page's script (filtering in place) run this same code.
 *
 * A card carries tokens such as `settore-pulizie` (computed by `filters.ts`); a filter is a
 * facet and a value (`settore=pulizie` in the query string). Offer facets filter offers and
 * course facets filter courses: with only offer filters on, courses and services are hidden.
 */

/** Every facet, in the order of the query string, with the kind of card it filters. */
export const FACETS = {
  km0: 'offer',
  orario: 'offer',
  settore: 'offer',
  contratto: 'offer',
  italiano: 'offer',
  corso: 'course',
  livello: 'course',
} as const;

export type FacetId = keyof typeof FACETS;
export type FilterGroup = (typeof FACETS)[FacetId];

/** At most one value per facet: `{ settore: 'pulizie', italiano: 'a2' }`. */
export type ActiveFilters = Partial<Record<FacetId, string>>;

const VALUE = /^[a-z0-9-]{1,40}$/;

export const isFacet = (name: string): name is FacetId => Object.prototype.hasOwnProperty.call(FACETS, name);

/** `settore-pulizie`: a card's token, and the last segment of the filter's static page. */
export const filterToken = (facet: FacetId, value: string): string => `${facet}-${value}`;

/** `settore-pulizie` → `['settore', 'pulizie']`; undefined for anything else. */
export function parseToken(token: string): [FacetId, string] | undefined {
  const dash = token.indexOf('-');
  const facet = token.slice(0, dash);
  const value = token.slice(dash + 1);
  return dash > 0 && isFacet(facet) && VALUE.test(value) ? [facet, value] : undefined;
}

/** Active filters from a query string (`?settore=pulizie&km0=si`); unknown names and odd values are ignored. */
export function filtersFromQuery(search: string): ActiveFilters {
  const active: ActiveFilters = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (isFacet(name) && VALUE.test(value)) active[name] = value;
  }
  return active;
}

/** The query string of active filters, facets in a fixed order: `?km0=si&settore=pulizie`, or '' for none. */
export function queryOf(active: ActiveFilters): string {
  const params = new URLSearchParams();
  for (const facet of Object.keys(FACETS) as FacetId[]) {
    const value = active[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when a card of `kind` with `tokens` is shown under the active filters. */
export function isShown(kind: string, tokens: readonly string[], active: ActiveFilters): boolean {
  const facets = (Object.keys(active) as FacetId[]).filter((facet) => active[facet]);
  if (facets.length === 0) return true;
  const mine = facets.filter((facet) => FACETS[facet] === kind);
  return mine.length > 0 && mine.every((facet) => tokens.includes(filterToken(facet, active[facet]!)));
}

/** The words of a count in one language; `{n}` is the number (pages hand them to the script as data). */
export interface CountWords {
  none: string;
  one: string;
  many: string;
}

const ITALIAN_COUNT: CountWords = { none: 'Nessun annuncio', one: '1 annuncio', many: '{n} annunci' };

/** "12 annunci", "1 annuncio", "Nessun annuncio". */
export function countText(n: number, words: CountWords = ITALIAN_COUNT): string {
  if (n === 0) return words.none;
  return n === 1 ? words.one : words.many.replace('{n}', String(n));
}
