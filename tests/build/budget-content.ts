/**
 * A bulletin of 60 items for the size budgets: the sample content (`src/content`) plus
 * variants of its items in the current issue. Variants get new slugs and their words in
 * reverse order, so gzip cannot squeeze a copy into a back-reference of its original.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { loadContent } from '../../src/lib/content/load.ts';
import { collectionOf } from '../../src/lib/content/items.ts';
import { issueForWeek } from '../../src/lib/issue/model.ts';
import { ROOT } from '../helpers/build.ts';

/** Monday of 2026-W48, the sample's current issue. */
export const BUDGET_TODAY = '2026-11-23';
const WEEK = '2026-W48';
const TEXT_KEYS = new Set(['title', 'summary', 'employer', 'provider', 'salary', 'requirements', 'who', 'note', 'inPerson', 'documents', 'amount']);

const reverseWords = (text: string): string => text.split(' ').reverse().join(' ');

function variant(source: string, mdx: boolean): string {
  const [, yamlText = '', body = ''] = source.split(/^---\s*$/m);
  const doc = parseDocument(yamlText, { schema: 'core' });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !TEXT_KEYS.has(String(pair.key.value))) return;
      const value = pair.value as Node | null;
      const scalars = isSeq(value) ? value.items : [value];
      for (const node of scalars) if (isScalar(node) && typeof node.value === 'string') node.value = reverseWords(node.value);
    },
  });
  // MDX bodies hold components: kept as they are.
  const text = mdx ? body : body.split('\n').map(reverseWords).join('\n');
  return `---\n${doc.toString()}---\n${text}`;
}

/** MDX imports of project components, made absolute: the folder lives outside the project. */
const absoluteImports = (source: string): string => source.replace(/(from\s+['"])(?:\.\.\/)+components\//g, `$1${ROOT}/src/components/`);

/** Writes the content folder with exactly `count` items in 2026-W48 and returns it. */
export function writeBudgetContent(dir: string, count = 60): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'src/content'), dir, { recursive: true });
  for (const folder of ['offers', 'courses', 'services']) {
    for (const name of readdirSync(join(dir, folder)).filter((file) => file.endsWith('.mdx'))) {
      const path = join(dir, folder, name);
      writeFileSync(path, absoluteImports(readFileSync(path, 'utf8')));
    }
  }
  const { items } = loadContent(relative(ROOT, dir), ROOT);
  const firstWeek = '2026-W44';
  const inIssue = issueForWeek(items, WEEK, firstWeek).sections.flatMap((section) => section.entries.map((entry) => entry.item));
  let total = inIssue.length;
  for (let round = 2; total < count; round++) {
    for (const item of inIssue) {
      if (total >= count) break;
      const source = readFileSync(join(ROOT, item.file), 'utf8');
      const mdx = item.file.endsWith('.mdx');
      writeFileSync(join(dir, collectionOf(item.kind).folder, `${item.slug}-${round}.${mdx ? 'mdx' : 'md'}`), variant(source, mdx));
      total++;
    }
  }
  return dir;
}
