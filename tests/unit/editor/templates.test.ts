/**
 * The file templates of `npm run nuovo` keep their own comments for those who edit files, but
 * cannot drift from the schemas: every field is there (written or as a commented example) and
 * every list of allowed values in a comment is the schema's list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/lib/content/items.ts';
import { collectionJsonSchema } from '../../../src/lib/editor/json-schema.ts';

const TEMPLATES = { offer: 'offerta.md', course: 'corso.md', service: 'servizio.md' } as const;
// Written by the tools or explained in prose, not as a line to fill: drafts and doubts by `importa`,
// translations by `traduci`, tags rarely used.
const NOT_A_LINE = new Set(['draft', 'daControllare', 'translations', 'tags']);

type Property = { enum?: unknown[]; anyOf?: Property[] };
const enumOf = (property: Property): string[] | undefined =>
  (property.enum ?? property.anyOf?.find((option) => option.enum)?.enum)?.map(String);

/** The line of a field (written, or commented out as an example) and the comment lines just above it. */
function fieldBlock(lines: string[], field: string): { index: number; comment: string } {
  const line = new RegExp(`^\\s*(\\{\\{[#^]\\w+\\}\\})?(# )?${field}:`);
  const index = lines.findIndex((text) => line.test(text));
  let start = index;
  while (start > 0 && /^\s*#/.test(lines[start - 1]!) && !/^\s*# [a-z][A-Za-z]*:/.test(lines[start - 1]!)) start--;
  return { index, comment: lines.slice(start, index).join('\n') };
}

describe.each(COLLECTIONS)('the template of $folder', (collection) => {
  const lines = readFileSync(join(import.meta.dirname, '../../../templates/nuovo', TEMPLATES[collection.kind]), 'utf8').split('\n');
  const properties = (collectionJsonSchema(collection) as { properties: Record<string, Property> }).properties;

  it('has a line for every field of the schema', () => {
    const missing = Object.keys(properties).filter((field) => !NOT_A_LINE.has(field) && fieldBlock(lines, field).index < 0);
    expect(missing).toEqual([]);
  });

  it('lists, above each field with allowed values, every one of the schema\'s values', () => {
    for (const [field, property] of Object.entries(properties)) {
      const values = enumOf(property);
      if (!values) continue;
      const { comment } = fieldBlock(lines, field);
      for (const value of values) expect(comment, `${field}: ${value}`).toMatch(new RegExp(`(^|[\\s:,(])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s,.)]|$)`));
    }
  });
});
