/**
 * The report's expected figures, computed from the generated files' text with plain date
 * arithmetic and a YAML parser: independent of the loader, the issue model and the report.
 */
import { parse as parseYaml } from 'yaml';

export interface RawItem {
  kind: 'offer' | 'course' | 'service';
  fields: Record<string, unknown>;
}

const DAY = 86_400_000;
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
export const dateOf = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
export const plusDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);

/** Front matter of a Markdown file as written. */
export function rawItem(kind: RawItem['kind'], source: string): RawItem {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('no front matter');
  return { kind, fields: parseYaml(match[1]!) as Record<string, unknown> };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Last day shown, as the spec's table says ("Validity" and each collection's `expires` row). */
export function lastDay(item: RawItem): string | undefined {
  const f = item.fields;
  const published = str(f['published'])!;
  if (str(f['expires'])) return str(f['expires']);
  if (item.kind === 'offer') return plusDays(published, 30);
  if (item.kind === 'course') return str(f['enrollBy']) ?? str(f['start']) ?? plusDays(published, 60);
  return str(f['deadline']);
}

export function section(item: RawItem): 'km0' | 'lavoro' | 'corsi' | 'italiano' | 'servizi' {
  if (item.kind === 'offer') return item.fields['km0'] === true ? 'km0' : 'lavoro';
  if (item.kind === 'course') return item.fields['kind'] === 'italiano' || item.fields['kind'] === 'italiano-lavoro' ? 'italiano' : 'corsi';
  return 'servizi';
}

/** Mondays from `first` (a Monday) to `to`, kept when on or after `from`. */
export function mondays(first: string, from: string, to: string): string[] {
  const found: string[] = [];
  for (let n = dayNumber(first); n <= dayNumber(to); n += 7) if (n >= dayNumber(from)) found.push(dateOf(n));
  return found;
}

export function shownOn(items: readonly RawItem[], monday: string): RawItem[] {
  return items.filter((item) => {
    const published = str(item.fields['published'])!;
    const last = lastDay(item);
    // Closed by hand ("posto coperto") from that day on, when it happened while the item was open.
    const filled = str(item.fields['filled']);
    const closedByHand = filled !== undefined && filled <= monday && (last === undefined || filled <= plusDays(last, 1));
    return item.fields['draft'] !== true && published <= monday && (last === undefined || monday <= last) && !closedByHand;
  });
}

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
