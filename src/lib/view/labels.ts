/** Italian labels for the values editors write (enum values are ASCII keys), from the Italian dictionary. */
import { it } from '../../i18n/it.ts';
import type { CefrLevel } from '../schema/fields.ts';

export const SECTOR_LABELS: Record<string, string> = it.enums.sector;
export const CONTRACT_LABELS: Record<string, string> = it.enums.contract;
export const HOURS_LABELS: Record<string, string> = it.enums.hours;
export const COURSE_KIND_LABELS: Record<string, string> = it.enums.courseKind;
export const SERVICE_CATEGORY_LABELS: Record<string, string> = it.enums.serviceCategory;

/** "A2 (elementare)" */
export function cefrLabel(level: CefrLevel): string {
  return `${level} (${it.enums.cefr[level]})`;
}

export const label = (labels: Record<string, string>, value: string): string => labels[value] ?? value;
