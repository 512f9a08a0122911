/** The three kinds of item, their folders and URL paths, and the validated item type. */
import type { z } from 'zod';
import type { RenderedBody } from './body.ts';
import type { CalendarDate } from '../issue/dates.ts';
import { courseSchema, type CourseData } from '../schema/course.ts';
import { offerSchema, type OfferData } from '../schema/offer.ts';
import { serviceSchema, type ServiceData } from '../schema/service.ts';

export type ItemKind = 'offer' | 'course' | 'service';

export interface Collection {
  kind: ItemKind;
  /** Folder under the content directory. */
  folder: 'offers' | 'courses' | 'services';
  /** First URL segment of the item pages. */
  urlPath: 'offerte' | 'corsi' | 'servizi';
  schema: z.ZodType;
}

export const COLLECTIONS: readonly Collection[] = [
  { kind: 'offer', folder: 'offers', urlPath: 'offerte', schema: offerSchema },
  { kind: 'course', folder: 'courses', urlPath: 'corsi', schema: courseSchema },
  { kind: 'service', folder: 'services', urlPath: 'servizi', schema: serviceSchema },
];

export function collectionOf(kind: ItemKind): Collection {
  const found = COLLECTIONS.find((c) => c.kind === kind);
  if (!found) throw new Error(`Unknown item kind ${kind}`);
  return found;
}

interface ItemBase {
  /** File name without extension: the stable id and URL slug. */
  slug: string;
  /** Path of the source file, relative to the project. */
  file: string;
  /** Markdown body as written (may be empty). */
  body: string;
  /** Last day shown, with defaults applied; undefined = until removed. */
  expiresOn: CalendarDate | undefined;
  /** A Markdown body rendered by the build (cleaned HTML and its text); absent for MDX and in the dev preview. */
  rendered?: RenderedBody | undefined;
  /** Translated bodies rendered by the build, per language (only the languages that have one). */
  renderedTranslations?: Partial<Record<string, RenderedBody>> | undefined;
}

export type Offer = ItemBase & { kind: 'offer'; data: OfferData };
export type Course = ItemBase & { kind: 'course'; data: CourseData };
export type Service = ItemBase & { kind: 'service'; data: ServiceData };
export type Item = Offer | Course | Service;

/** Site path of an item's page, e.g. `/offerte/lavapiatti-loreto/`. */
export function itemPath(item: Pick<Item, 'kind' | 'slug'>): string {
  return `/${collectionOf(item.kind).urlPath}/${item.slug}/`;
}
