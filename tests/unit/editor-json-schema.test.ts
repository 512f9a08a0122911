import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas } from '../../src/lib/editor/json-schema.ts';
import { ROOT } from '../helpers/build.ts';

describe('JSON Schemas for editors', () => {
  it('are committed exactly as generated from the zod schemas (run npm run schemi after a schema change)', () => {
    for (const [name, json] of allJsonSchemas()) {
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8'), name).toBe(json);
    }
  });

  it('describe dates as YYYY-MM-DD text, enums and unknown keys as the build does', () => {
    const offers = JSON.parse(allJsonSchemas().get('offers.schema.json')!);
    expect(offers.properties.published).toMatchObject({ type: 'string', format: 'date' });
    expect(offers.properties.sector.enum).toContain('ristorazione');
    expect(offers.additionalProperties).toBe(false);
    expect(offers.required).toEqual(expect.arrayContaining(['title', 'published', 'sector', 'contract', 'hours', 'location', 'apply']));
    expect(offers.properties.title.description).toMatch(/Titolo/);
  });
});
