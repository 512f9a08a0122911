/**
 * Reads and validates every content file. All problems of all files are collected,
 * so an editor sees them in one run; only a clean load yields items.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { COLLECTIONS, type Collection, type Item } from './items.ts';
import { expiryOf } from '../issue/validity.ts';
import { parseFrontMatter } from './front-matter.ts';
import { listContentFolder, listContentRoot } from './folder.ts';
import { invisibleCharProblems } from './invisible.ts';
import { checkMdxBody } from './mdx.ts';
import { describeIssue, type ContentProblem } from './problems.ts';
import { slugify } from '../text/slug.ts';

export { slugify };

export interface LoadedContent {
  items: Item[];
  problems: ContentProblem[];
  /** Files in the content folders that are not items (warnings: an image, a PDF). */
  notices: ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTENT_FILE = /\.(md|mdx)$/;

/** The content folder: `BULLETIN_CONTENT_DIR` or `src/content`. */
export function contentDirFrom(env: Record<string, string | undefined> = process.env): string {
  return env['BULLETIN_CONTENT_DIR'] || 'src/content';
}


/** Problems of one file in the order of its lines; those without a line (missing fields) last. */
function sortByLine(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.line ?? Number.MAX_SAFE_INTEGER) - (b.problem.line ?? Number.MAX_SAFE_INTEGER) || a.index - b.index)
    .map(({ problem }) => problem);
}

/** A misspelled contact ("telefono") also leaves `apply` empty: report the spelling only. */
function withoutEchoes(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const misspelt = new Set(issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path.join('.')));
  return issues.filter((i) => !(i.code === 'custom' && i.params?.['kind'] === 'apply-empty' && misspelt.has(i.path.join('.'))));
}

/** Validates one file's text; returns the item or its problems. `absoluteFile` lets MDX imports be checked. */
export function validateFile(collection: Collection, file: string, source: string, absoluteFile?: string, root?: string): { item?: Item; problems: ContentProblem[] } {
  const fileName = file.split(/[\\/]/).at(-1) ?? file;
  const slug = fileName.replace(CONTENT_FILE, '');
  const problems: ContentProblem[] = [];
  if (!SLUG.test(slug)) {
    const suggestion = slugify(slug) || 'nome-della-scheda';
    problems.push({ file, field: '', message: `il nome del file "${fileName}" non va bene: usa solo lettere minuscole senza accenti, numeri e trattini. Rinominalo, per esempio, "${suggestion}${fileName.slice(slug.length)}".` });
  }
  const parsed = parseFrontMatter(source);
  const invisible = invisibleCharProblems(file, source, parsed);
  problems.push(...invisible);
  // A control character is often what broke the YAML: report it alone, it says where to look.
  if (invisible.length && parsed.errors.length) return { problems };
  for (const error of parsed.errors) problems.push({ file, field: '', line: error.line, message: error.message });
  if (parsed.errors.length) return { problems };
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    problems.push({ file, field: '', line: 2, message: 'in cima al file, tra le due righe "---", servono i campi della scheda nella forma "campo: valore" (per esempio title, published, apply).' });
    return { problems };
  }
  const result = collection.schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const issue of withoutEchoes(result.error.issues)) {
      for (const { field, message } of describeIssue(issue, collection.schema)) {
        problems.push({ file, field, line: parsed.lineOf(field.split('.')), message });
      }
    }
    return { problems: sortByLine(problems) };
  }
  if (fileName.endsWith('.mdx')) {
    const bodyStart = source.split('\n').length - parsed.body.split('\n').length;
    for (const problem of checkMdxBody(parsed.body, absoluteFile, root)) {
      problems.push({ file, field: '', line: problem.line === undefined ? undefined : bodyStart + problem.line, message: problem.message });
    }
  }
  if (problems.length) return { problems };
  const data = result.data as Item['data'];
  const item = { kind: collection.kind, slug, file, body: parsed.body, data, expiresOn: expiryOf({ ...data, kind: collection.kind } as Parameters<typeof expiryOf>[0]) } as Item;
  return { item, problems };
}

/** Checks one file's text (`validateFile`, or the build's cached version of it: src/lib/publish/content-cache.ts). */
export type FileValidator = typeof validateFile;

/** Loads the three collections under `contentDir` (relative to `root`). */
export function loadContent(contentDir: string = contentDirFrom(), root: string = process.cwd(), validate: FileValidator = validateFile): LoadedContent {
  const items: Item[] = [];
  const { problems, notices } = listContentRoot(resolve(root, contentDir), root);
  for (const collection of COLLECTIONS) {
    const dir = resolve(root, contentDir, collection.folder);
    const seen = new Map<string, string>();
    const listing = listContentFolder(dir, root);
    problems.push(...listing.problems);
    notices.push(...listing.notices);
    for (const name of listing.files) {
      const file = relative(root, join(dir, name)) || name;
      let source: string;
      try {
        source = readFileSync(join(dir, name), 'utf8');
      } catch (error) {
        problems.push({ file, field: '', message: `non si può leggere (${(error as NodeJS.ErrnoException).code ?? String(error)}): controlla che il file esista e che tu abbia il permesso di leggerlo.` });
        continue;
      }
      const { item, problems: fileProblems } = validate(collection, file, source, join(dir, name), root);
      problems.push(...fileProblems);
      if (!item) continue;
      const twin = seen.get(item.slug);
      if (twin) {
        problems.push({ file, field: '', message: `esiste già "${twin}" con lo stesso nome: due schede non possono avere lo stesso nome di file. Rinomina o cancella una delle due.` });
        continue;
      }
      seen.set(item.slug, file);
      items.push(item);
    }
  }
  return { items, problems, notices };
}

