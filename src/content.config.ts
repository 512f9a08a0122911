/**
 * Astro collections, used to render item bodies (Markdown and MDX). Their schemas are
 * the project's own fields (`src/lib/schema/`), without the cross-field rules so that
 * Astro can write them as JSON Schemas (`.astro/collections/`) for the editor's
 * completion. Content is first checked in full, as written, by `src/lib/content/load.ts`,
 * which also catches what Astro's YAML parser hides (2026-02-30 rolled over to 2 March,
 * phone numbers read as numbers).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirFrom } from './lib/content/load.ts';
import { courseFields } from './lib/schema/course.ts';
import { offerFields } from './lib/schema/offer.ts';
import { serviceFields } from './lib/schema/service.ts';

// A file URL, so that relative and absolute content folders both work.
const contentDir = pathToFileURL(`${resolve(contentDirFrom())}/`);
const files = (folder: string) => glob({ pattern: '*.{md,mdx}', base: new URL(`${folder}/`, contentDir), generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
  offers: defineCollection({ loader: files('offers'), schema: offerFields }),
  courses: defineCollection({ loader: files('courses'), schema: courseFields }),
  services: defineCollection({ loader: files('services'), schema: serviceFields }),
};
