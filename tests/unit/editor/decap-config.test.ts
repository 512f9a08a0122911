import { FIELD_HELP } from '../../../src/lib/editor/field-help.ts';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { decapConfig, decapConfigYaml, OWN_WIDGETS, type DecapCollection, type DecapField } from '../../../src/lib/editor/decap-config.ts';
import { collectionFields } from '../../../src/lib/editor/json-schema.ts';
import { COLLECTIONS } from '../../../src/lib/content/items.ts';
import { calendarDate } from '../../../src/lib/schema/fields.ts';
import { settings } from '../../../src/settings.ts';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (['optional', 'default'].includes(defOf(current).type)) current = defOf(current).innerType!;
  return current;
}

/** Every field of a zod object, nested objects included, as dotted paths with their schema. */
function schemaFields(schema: z.ZodType, prefix = ''): Map<string, z.ZodType> {
  const found = new Map<string, z.ZodType>();
  for (const [key, child] of Object.entries(defOf(unwrap(schema)).shape ?? {})) {
    const path = `${prefix}${key}`;
    found.set(path, unwrap(child));
    if (defOf(unwrap(child)).type === 'object') for (const [inner, schemaOf] of schemaFields(child, `${path}.`)) found.set(inner, schemaOf);
  }
  return found;
}

function widgetFields(fields: DecapField[], prefix = ''): Map<string, DecapField> {
  const found = new Map<string, DecapField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    found.set(path, field);
    if (field.fields) for (const [inner, widget] of widgetFields(field.fields, `${path}.`)) found.set(inner, widget);
  }
  return found;
}

const production = decapConfig(settings, { contentDir: 'src/content' });
const collections = production['collections'] as DecapCollection[];

describe('the web editor configuration', () => {
  it('has a widget for every schema field and no widget without a field (plus the Markdown body)', () => {
    for (const collection of COLLECTIONS) {
      const config = collections.find((c) => c.name === collection.folder)!;
      const schemaPaths = [...schemaFields(collectionFields(collection)).keys()].sort();
      const widgetPaths = [...widgetFields(config.fields).keys()].filter((path) => path !== 'body').sort();
      expect(widgetPaths, collection.folder).toEqual(schemaPaths);
      expect(config.fields.at(-2)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
      expect(config.fields.at(-1)!.name).toBe('translations');
    }
  });

  it('matches each field with its kind: dates as YYYY-MM-DD text, enums as selects with Italian labels, booleans, lists, objects', () => {
    for (const collection of COLLECTIONS) {
      const widgets = widgetFields(collections.find((c) => c.name === collection.folder)!.fields);
      for (const [path, schema] of schemaFields(collectionFields(collection))) {
        const widget = widgets.get(path)!;
        const def = defOf(schema);
        const translated = /^translations\.[a-z]{2}\.(body|hash|auto)$/.exec(path)?.[1];
        if (translated) {
          expect(widget.widget, path).toBe({ body: 'markdown', hash: 'hidden', auto: 'boolean' }[translated]);
        } else if (OWN_WIDGETS[path]) {
          expect(widget.widget, path).toBe(OWN_WIDGETS[path]);
        } else if (schema === calendarDate) {
          expect(widget, path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
        } else if (def.type === 'enum') {
          expect(widget.widget, path).toBe('select');
          expect(widget.options!.map((option) => option.value), path).toEqual(Object.values(def.entries!));
        } else {
          const expected = { boolean: 'boolean', object: 'object', array: 'list', number: 'number' }[def.type] ?? (def.type === 'string' ? expect.stringMatching(/^(string|text)$/) : `?${def.type}`);
          expect(widget.widget, path).toEqual(expected);
        }
        expect(widget.label, `${path} has an Italian label`).not.toBe(widget.name);
        expect(widget.hint, `${path} has a hint`).toBeTruthy();
      }
    }
  });

  it('puts the translations under the Italian fields, one closed box per language', () => {
    for (const config of collections) {
      const translations = config.fields.at(-1)!;
      expect(translations.fields!.map((field) => [field.name, field.widget, field['collapsed']]), config.name).toEqual(['ar', 'en', 'es', 'fr', 'si'].map((lang) => [lang, 'object', true]));
      const names = config.fields.map((field) => field.name);
      expect(names.indexOf('translations'), config.name).toBeGreaterThan(names.indexOf('title'));
      expect(names.indexOf('translations'), config.name).toBeGreaterThan(names.indexOf('apply'));
    }
  });

  it('speaks to someone filling a form: no YAML, no true/false, no quoting advice, no "riga"', () => {
    for (const config of collections) {
      for (const [path, widget] of widgetFields(config.fields)) {
        const hint = widget.hint ?? '';
        expect(hint, path).not.toMatch(/\btrue\b|\bfalse\b|virgolette|"- "|rientrat|AAAA-MM-GG|: \{|niente non è/);
      }
    }
    // The file variant keeps what those who edit files need.
    expect(FIELD_HELP['phone']!.file).toContain('virgolette');
    expect(FIELD_HELP['schoolHours']!.file).toContain('true');
  });

  it('lists newest first, with status filters and groups by section', () => {
    const offers = collections.find((c) => c.name === 'offers')!;
    expect(offers['sortable_fields']).toEqual([{ field: 'published', label: 'Data di pubblicazione', default_sort: 'desc' }, { field: 'title', label: 'Titolo' }]);
    const filters = offers['view_filters'] as { label: string; field: string; pattern: unknown }[];
    expect(filters.map((filter) => filter.label)).toEqual(['Stato: bozza', 'Stato: in uscita lunedì', 'Stato: pubblicato', 'Stato: scade questa settimana', 'Stato: scaduto', 'Stato: coperto']);
    expect(filters[0]).toEqual({ label: 'Stato: bozza', field: 'draft', pattern: true });
    expect(filters[5]).toEqual({ label: 'Stato: coperto', field: 'filled', pattern: '.' });
    expect((offers['view_groups'] as { field: string }[]).map((group) => group.field)).toEqual(['km0', 'sector', 'published', 'draft']);
    expect(offers['summary']).toContain("{{draft | ternary(' · bozza', '')}}");
  });

  it('shows Italian labels for enum values and keeps the values of the schema', () => {
    const sector = widgetFields(collections[0]!.fields).get('sector')!;
    expect(sector.options).toContainEqual({ label: 'Assistenza familiare', value: 'assistenza-familiare' });
    expect(widgetFields(collections[0]!.fields).get('italian')!.options).toContainEqual({ label: 'A2 (elementare)', value: 'A2' });
  });

  it('makes required only what the schema requires, and nothing inside an optional object', () => {
    const offers = widgetFields(collections.find((c) => c.name === 'offers')!.fields);
    for (const path of ['title', 'published', 'sector', 'contract', 'hours', 'location', 'apply']) expect(offers.get(path)!.required, path).toBe(true);
    for (const path of ['summary', 'employer', 'expires', 'apply.phone', 'location.city', 'requirements']) expect(offers.get(path)!.required, path).toBe(false);
    const courses = widgetFields(collections.find((c) => c.name === 'courses')!.fields);
    expect(courses.get('location')!.required).toBe(false);
    expect([...courses].filter(([path, field]) => path.startsWith('location.') && field.required)).toEqual([]);
  });

  it('checks phone numbers, e-mails and links with the schema\'s own patterns', () => {
    const offers = widgetFields(collections.find((c) => c.name === 'offers')!.fields);
    const matches = (path: string, value: string) => new RegExp(offers.get(path)!.pattern![0]).test(value);
    expect(matches('apply.phone', '02 1234 5678')).toBe(true);
    expect(matches('apply.phone', '02-1234-5678')).toBe(false);
    expect(matches('apply.email', 'lavoro@example.org')).toBe(true);
    expect(matches('apply.email', 'lavoro@')).toBe(false);
    expect(matches('sourceUrl', 'https://www.example.org/a')).toBe(true);
    expect(matches('sourceUrl', 'javascript:alert(1)')).toBe(false);
    expect(matches('title', 'Ab')).toBe(false);
  });

  it('names files from the title like npm run nuovo, in plain ASCII', () => {
    expect(production['slug']).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    for (const collection of collections) expect(collection).toMatchObject({ slug: '{{slug}}', identifier_field: 'title', extension: 'md', format: 'frontmatter' });
  });

  it('commits to the git host of the settings through the editorial workflow in production', () => {
    expect(production).toMatchObject({ locale: 'it', publish_mode: 'editorial_workflow', backend: { name: settings.editor.backend, repo: settings.editor.repo, branch: settings.editor.branch } });
    expect(production).not.toHaveProperty('local_backend');
    expect(collections.map((c) => c.folder)).toEqual(['src/content/offers', 'src/content/courses', 'src/content/services']);
  });

  it('edits the working copy through decap-server locally, with no workflow', () => {
    const local = decapConfig(settings, { contentDir: 'content/', localBackend: 'http://127.0.0.1:8081/api/v1' });
    expect(local).toMatchObject({ local_backend: { url: 'http://127.0.0.1:8081/api/v1' } });
    expect(local).not.toHaveProperty('publish_mode');
    expect((local['collections'] as DecapCollection[])[0]!.folder).toBe('content/offers');
  });

  it('writes YAML that reads back as the same configuration', () => {
    expect(parse(decapConfigYaml(settings, { contentDir: 'src/content' }))).toEqual(production);
  });
});
