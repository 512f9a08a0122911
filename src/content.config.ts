/**
 * Astro collections, used to render MDX bodies (components). In a build, only `.mdx`
 * files are loaded: the build script has already read and checked every file and
 * rendered Markdown bodies (`src/lib/publish/model.ts`). In the dev preview, Markdown
 * files are loaded too, so the editor's completion (Astro's content intellisense, JSON
 * Schemas in `.astro/collections/`) covers every file. The schemas are the project's own
 * fields (`src/lib/schema/`) without the cross-field rules, which Astro cannot write as
 * JSON Schema; content is checked in full, as written, by `src/lib/content/load.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirFrom } from './lib/content/load.ts';
import { MODEL_ENV } from './lib/publish/model.ts';
import { courseFields } from './lib/schema/course.ts';
import { offerFields } from './lib/schema/offer.ts';
import { serviceFields } from './lib/schema/service.ts';

// A file URL, so that relative and absolute content folders both work.
const contentDir = pathToFileURL(`${resolve(contentDirFrom())}/`);
const pattern = process.env[MODEL_ENV] ? '*.mdx' : '*.{md,mdx}';
const files = (folder: string) => glob({ pattern, base: new URL(`${folder}/`, contentDir), generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
  offers: defineCollection({ loader: files('offers'), schema: offerFields }),
  courses: defineCollection({ loader: files('courses'), schema: courseFields }),
  services: defineCollection({ loader: files('services'), schema: serviceFields }),
};
