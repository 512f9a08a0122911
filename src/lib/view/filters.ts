/**
 * What a reader can filter an issue by: offers by km 0, school-compatible hours, sector,
 * contract and Italian level; courses by kind and level. Each card gets tokens
 * (`settore-pulizie`), each facet value with matches gets a static page
 * (`/bollettino/2026-W48/filtri/settore-pulizie/`) so filters work without JavaScript;
 * one page per value, never per combination, keeps the build linear in items.
 */
import type { WeekId } from '../issue/dates.ts';
import type { Issue, IssueSection } from '../issue/model.ts';
import type { Item } from '../content/items.ts';
import { COURSE_KINDS } from '../schema/course.ts';
import { CEFR_LEVELS, type CefrLevel } from '../schema/fields.ts';
import { CONTRACTS } from '../schema/offer.ts';
import { ROUTES } from './urls.ts';
import { FACETS, filterToken, isShown, type ActiveFilters, type FacetId, type FilterGroup } from './filter-match.ts';
import type { Reader } from './reader.ts';

export interface FilterOption {
  facet: FacetId;
  /** As in the query string: `pulizie`, `a2`, `si`. */
  value: string;
  /** `settore-pulizie` */
  token: string;
  /** What the reader taps: "Pulizie". */
  label: string;
  /** Cards of the issue this option shows. */
  count: number;
  /** Its static page's route path. */
  path: string;
  /** Link to its static page in the reader's language. */
  href: string;
}

export interface FacetView {
  id: FacetId;
  /** "Settore" */
  title: string;
  options: FilterOption[];
  /** Many options: folded under its title, so that the open panel fits about one screen of a phone. */
  folded: boolean;
}

/** A facet with more options than this is folded. */
export const FOLD_OVER = 4;

export interface FilterGroupView {
  kind: FilterGroup;
  /** "Offerte di lavoro" */
  title: string;
  facets: FacetView[];
}

const levelValue = (level: CefrLevel): string => level.toLowerCase();
const levelRank = (level: CefrLevel): number => CEFR_LEVELS.indexOf(level);

/**
 * The filter tokens of an item. An offer fits an Italian level when it asks for that level
 * or a lower one, or names none: "il tuo italiano è A2" shows what an A2 speaker can apply for.
 */
export function itemTokens(item: Item): string[] {
  switch (item.kind) {
    case 'offer': {
      const d = item.data;
      const fits = CEFR_LEVELS.filter((level) => d.italian === undefined || levelRank(d.italian) <= levelRank(level));
      return [
        ...(d.km0 ? [filterToken('km0', 'si')] : []),
        ...(d.schoolHours ? [filterToken('orario', 'scuola')] : []),
        filterToken('settore', d.sector),
        filterToken('contratto', d.contract),
        ...fits.map((level) => filterToken('italiano', levelValue(level))),
      ];
    }
    case 'course': {
      const d = item.data;
      return [filterToken('corso', d.kind), ...(d.level ? [filterToken('livello', levelValue(d.level))] : [])];
    }
    case 'service':
      return [];
  }
}

export const filterPath = (week: WeekId, token: string): string => ROUTES.filter(week, token);

interface Candidate {
  value: string;
  label: string;
}

/** The values a facet may offer in an issue, in the order readers see them. */
function candidates(facet: FacetId, items: readonly Item[], reader: Reader): Candidate[] {
  const { t } = reader;
  const cefrLabel = (level: CefrLevel) => `${level} (${t.enums.cefr[level]})`;
  const offers = items.flatMap((item) => (item.kind === 'offer' ? [item.data] : []));
  const courses = items.flatMap((item) => (item.kind === 'course' ? [item.data] : []));
  switch (facet) {
    case 'km0':
      return [{ value: 'si', label: t.filters.km0 }];
    case 'orario':
      return [{ value: 'scuola', label: t.filters.school }];
    case 'settore':
      return [...new Set(offers.map((d) => d.sector))]
        .map((sector) => ({ value: sector, label: t.enums.sector[sector] }))
        .sort((a, b) => a.label.localeCompare(b.label, reader.lang));
    case 'contratto':
      return CONTRACTS.map((contract) => ({ value: contract, label: t.enums.contract[contract] }));
    case 'italiano': {
      // Only the levels some offer asks for: each one changes what is shown.
      const asked = new Set(offers.flatMap((d) => (d.italian ? [d.italian] : [])));
      return CEFR_LEVELS.filter((level) => asked.has(level)).map((level) => ({ value: levelValue(level), label: cefrLabel(level) }));
    }
    case 'corso':
      return COURSE_KINDS.map((kind) => ({ value: kind, label: t.enums.courseKind[kind] }));
    case 'livello':
      return CEFR_LEVELS.filter((level) => courses.some((d) => d.level === level)).map((level) => ({ value: levelValue(level), label: cefrLabel(level) }));
  }
}

/** The filters of an issue: per group and facet, the values that show at least one card, with counts. */
// Every page of the current issue, in every language, shows the same filters: computed once per issue and language.
const computed = new WeakMap<Issue, Map<Reader, FilterGroupView[]>>();

export function issueFilters(issue: Issue, reader: Reader): FilterGroupView[] {
  let byReader = computed.get(issue);
  if (!byReader) computed.set(issue, (byReader = new Map()));
  let groups = byReader.get(reader);
  if (!groups) byReader.set(reader, (groups = computeFilters(issue, reader)));
  return groups;
}

function computeFilters(issue: Issue, reader: Reader): FilterGroupView[] {
  const cards = issue.sections.flatMap((section) => section.entries.map((entry) => ({ kind: entry.item.kind, tokens: itemTokens(entry.item) })));
  const items = issue.sections.flatMap((section) => section.entries.map((entry) => entry.item));
  const groups: FilterGroupView[] = [];
  for (const kind of ['offer', 'course'] as const) {
    const facets: FacetView[] = [];
    for (const facet of (Object.keys(FACETS) as FacetId[]).filter((id) => FACETS[id] === kind)) {
      const options = candidates(facet, items, reader)
        .map(({ value, label: text }) => {
          const token = filterToken(facet, value);
          const count = cards.filter((card) => card.kind === kind && card.tokens.includes(token)).length;
          const path = filterPath(issue.week, token);
          return { facet, value, token, label: text, count, path, href: reader.urls.href(path) };
        })
        .filter((option) => option.count > 0);
      if (options.length > 0) facets.push({ id: facet, title: reader.t.filters.facets[facet], options, folded: options.length > FOLD_OVER });
    }
    if (facets.length > 0) groups.push({ kind, title: reader.t.filters.groups[kind], facets });
  }
  return groups;
}

/** Every filter option of an issue, flat: one static page each. */
export const filterOptions = (issue: Issue, reader: Reader): FilterOption[] =>
  issueFilters(issue, reader).flatMap((group) => group.facets.flatMap((facet) => facet.options));

/** "Settore: Pulizie" */
export function filterDescription(option: FilterOption, reader: Reader): string {
  return `${reader.t.filters.facets[option.facet]}: ${option.label}`;
}

/** The sections of an issue with only the entries the filters show; sections left empty are dropped. */
export function filteredSections(issue: Issue, active: ActiveFilters): IssueSection[] {
  return issue.sections
    .map((section) => ({ ...section, entries: section.entries.filter((entry) => isShown(entry.item.kind, itemTokens(entry.item), active)) }))
    .filter((section) => section.entries.length > 0);
}
