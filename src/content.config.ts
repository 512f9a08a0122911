/**
 * Astro collections, used to render item bodies (Markdown and MDX). Their schemas are
 * the project's own (`src/lib/schema/`); content is first checked as written by
 * `src/lib/content/load.ts`, which also catches what Astro's YAML parser hides
 * (2026-02-30 rolled over to 2 March, phone numbers read as numbers).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirFrom } from './lib/content/load.ts';
import { courseSchema } from './lib/schema/course.ts';
import { offerSchema } from './lib/schema/offer.ts';
import { serviceSchema } from './lib/schema/service.ts';

const contentDir = contentDirFrom();
const files = (folder: string) => glob({ pattern: '*.{md,mdx}', base: `${contentDir}/${folder}`, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
  offers: defineCollection({ loader: files('offers'), schema: offerSchema }),
  courses: defineCollection({ loader: files('courses'), schema: courseSchema }),
  services: defineCollection({ loader: files('services'), schema: serviceSchema }),
};
