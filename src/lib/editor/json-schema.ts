/**
 * JSON Schemas of the three collections, generated from the zod schemas (never by
 * hand), with dates as `YYYY-MM-DD` strings and an Italian description on every field.
 */
import { z } from 'zod';
import { COLLECTIONS, type Collection } from '../content/items.ts';
import { courseFields } from '../schema/course.ts';
import { offerFields } from '../schema/offer.ts';
import { serviceFields } from '../schema/service.ts';
import { fileHelp } from './field-help.ts';

const FIELDS: Record<Collection['kind'], z.ZodType> = { offer: offerFields, course: courseFields, service: serviceFields };

/** The zod object of a collection, without its cross-field rules. */
export const collectionFields = (collection: Collection): z.ZodType => FIELDS[collection.kind];

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

/** Our dates are unions of text and YAML dates: editors write text. */
function describe(schema: JsonSchema): JsonSchema {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (property.anyOf?.some((option) => option['format'] === 'date-time' || Object.keys(option).length === 0)) {
      delete property.anyOf;
      Object.assign(property, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    }
    const help = fileHelp(key);
    if (help) property['description'] = help;
    describe(property);
  }
  return schema;
}

export function collectionJsonSchema(collection: Collection): JsonSchema {
  const schema = z.toJSONSchema(FIELDS[collection.kind], {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { format: 'date-time', type: 'string' });
    },
  }) as JsonSchema;
  return { ...describe(schema), title: `Bollettino — ${collection.folder}` };
}

/** File name → JSON text, for `schemas/`. */
export function allJsonSchemas(): Map<string, string> {
  return new Map(COLLECTIONS.map((collection) => [`${collection.folder}.schema.json`, `${JSON.stringify(collectionJsonSchema(collection), null, 2)}\n`]));
}
