/** Items for unit tests, made through the real file validation (front matter → schema → item). */
import { stringify } from 'yaml';
import { validateFile } from '../../src/lib/content/load.ts';
import { collectionOf, type Item, type ItemKind } from '../../src/lib/content/items.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';

const BASE: Record<ItemKind, Record<string, unknown>> = {
  offer: { sector: 'pulizie', contract: 'determinato', hours: 'part-time', location: { zone: 'Loreto' }, apply: { phone: '02 1234 5678' } },
  course: { kind: 'professionale', provider: 'CPIA 3 Milano', apply: { email: 'corsi@example.org' } },
  service: { category: 'reddito', provider: 'INPS', who: 'famiglie', apply: { url: 'https://www.inps.it/' } },
};

export function makeItem(kind: ItemKind, slug: string, fields: Record<string, unknown>): Item {
  const data = { title: `Scheda ${slug}`, ...BASE[kind], ...fields };
  const source = `---\n${stringify(data)}---\n`;
  const { item, problems } = validateFile(collectionOf(kind), `test/${slug}.md`, source);
  if (!item) throw new Error(formatProblems(problems));
  return item;
}

export const offer = (slug: string, fields: Record<string, unknown>) => makeItem('offer', slug, fields);
export const course = (slug: string, fields: Record<string, unknown>) => makeItem('course', slug, fields);
export const service = (slug: string, fields: Record<string, unknown>) => makeItem('service', slug, fields);
