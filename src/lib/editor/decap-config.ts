/**
 * The web editor's configuration (Decap CMS `config.yml`), generated from the zod schemas
 * through their JSON Schemas: one collection per content folder, one widget per field,
 * Italian labels, hints from `field-help.ts`. Never written by hand.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { COLLECTIONS, type Collection } from '../content/items.ts';
import { cefrLabel, CONTRACT_LABELS, COURSE_KIND_LABELS, HOURS_LABELS, SECTOR_LABELS, SERVICE_CATEGORY_LABELS } from '../view/labels.ts';
import { CEFR_LEVELS, webUrl, type CefrLevel } from '../schema/fields.ts';
import type { Settings } from '../settings/settings.ts';
import { formHelp } from './field-help.ts';
import { STATUS_CODES, STATUS_LABELS, type StatusTable } from './item-status.ts';
import { FIELD_LABELS, LIST_ITEM_LABELS } from './field-labels.ts';
import { collectionJsonSchema, collectionFields } from './json-schema.ts';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  fields?: DecapField[];
  field?: DecapField;
  [option: string]: unknown;
}

export interface DecapCollection {
  name: Collection['folder'];
  label: string;
  label_singular: string;
  folder: string;
  fields: DecapField[];
  [option: string]: unknown;
}

export interface EditorOptions {
  /** The content folder, relative to the repository root (`src/content`). */
  contentDir: string;
  /** The local backend (decap-server) address: the working copy is edited directly, no editorial workflow. */
  localBackend?: string;
  /** The day the site beside the editor was built for: the preview links the issues it holds. */
  previewDay?: string;
  /** Every item's status on that day: the list's filters by status. */
  statuses?: StatusTable;
}

/** Where Decap keeps uploads; the bulletin has none, so the editor's backend only lists it. */
export const MEDIA_FOLDER = 'public/media';

/** A collection's folder as Decap and its local backend name it: relative to the repository, with `/`. */
export function collectionFolder(contentDir: string, folder: Collection['folder']): string {
  return `${contentDir.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '')}/${folder}`;
}

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; items?: JsonSchema; required?: string[] };

const NAMES: Record<Collection['folder'], { label: string; singular: string; description: string }> = {
  offers: { label: 'Offerte di lavoro', singular: 'Offerta di lavoro', description: 'Offerte di lavoro, anche "Lavoro a km 0".' },
  courses: { label: 'Corsi', singular: 'Corso', description: 'Corsi, politiche attive, corsi di italiano.' },
  services: { label: 'Servizi utili', singular: 'Servizio', description: 'Aiuti per reddito, casa, famiglia e altri servizi.' },
};

/** Italian labels of enum values, by field name; values stay as in the schema. */
const cefrLabels = Object.fromEntries(CEFR_LEVELS.map((level: CefrLevel) => [level, cefrLabel(level)]));
const ENUM_LABELS: Record<string, Record<string, string>> = {
  sector: SECTOR_LABELS, contract: CONTRACT_LABELS, hours: HOURS_LABELS, kind: COURSE_KIND_LABELS,
  category: SERVICE_CATEGORY_LABELS, italian: cefrLabels, level: cefrLabels,
};

/** Fields shown with the project's own widgets (`src/admin/widgets.ts`): a warning box, a toggle with a date. */
export const OWN_WIDGETS: Record<string, string> = { daControllare: 'da-controllare', filled: 'data-facoltativa', full: 'data-facoltativa' };

/** Shown before everything else. */
const FORM_HEAD = ['daControllare'];

/** Keys every collection shares, shown after the collection's own: what the item is comes first. */
const FORM_TAIL = ['apply', 'published', 'expires', 'draft', 'tags'];
/** After the Italian fields and the body: translations, one closed box per language. */
const FORM_END = ['translations'];

const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list'];

const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };

const PATTERN_MESSAGES: Record<string, string> = {
  email: 'Scrivi un indirizzo e-mail valido, per esempio lavoro@esempio.it.',
  phone: 'Solo cifre e spazi, con "+" all\'inizio se serve: per esempio 02 1234 5678.',
  url: 'Deve iniziare con https:// o http://, per esempio https://www.comune.milano.it/.',
};

/** The zod schema behind a key, without optional/default wrappers: to recognise shared field types. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema as { _zod: { def: { type: string; innerType?: z.ZodType } } } | undefined;
  while (current && (current._zod.def.type === 'optional' || current._zod.def.type === 'default')) {
    current = current._zod.def.innerType as typeof current;
  }
  return current as z.ZodType | undefined;
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  const inner = unwrap(schema) as { _zod: { def: { shape?: Record<string, z.ZodType> } } } | undefined;
  return inner?._zod.def.shape ?? {};
}

function stringPattern(property: JsonSchema, zodSchema: z.ZodType | undefined): [string, string] | undefined {
  if (unwrap(zodSchema) === webUrl) return ['^https?://[^\\s/]+\\.[^\\s]+$', PATTERN_MESSAGES['url']!];
  if (typeof property['pattern'] === 'string') {
    const kind = property['format'] === 'email' ? 'email' : 'phone';
    return [property['pattern'], PATTERN_MESSAGES[kind]!];
  }
  const min = property['minLength'] as number | undefined;
  const max = property['maxLength'] as number | undefined;
  if ((min ?? 0) > 1 || max !== undefined) {
    return [`^[\\s\\S]{${min ?? 1},${max ?? ''}}$`, max ? `Da ${min ?? 1} a ${max} caratteri.` : `Almeno ${min} caratteri.`];
  }
  return undefined;
}

/** One Decap widget for one schema field; throws on a field type the editor cannot show (a test walks them all). */
export function fieldWidget(name: string, property: JsonSchema, required: boolean, zodSchema: z.ZodType | undefined, depth = 0): DecapField {
  const base: DecapField = { name, label: FIELD_LABELS[name] ?? name, widget: 'string', required };
  const hint = formHelp(name);
  if (hint) base.hint = hint;
  // Inside a translation: the hashes are written by `npm run traduci` (kept, not shown);
  // "auto" is ticked off once a person has checked the machine's text; the body is Markdown.
  if (name === 'hash' && depth === 2) return { ...base, widget: 'hidden', required: false };
  if (name === 'auto' && depth === 2) return { ...base, widget: 'boolean', required: false, default: false };
  if (name === 'body' && depth === 2) return { ...base, widget: 'markdown', required: false, buttons: BODY_BUTTONS, editor_components: [], modes: ['rich_text', 'raw'] };
  if (property['default'] !== undefined) base.default = property['default'];
  const type = property['type'];
  if (Array.isArray(property['enum'])) {
    const labels = ENUM_LABELS[name] ?? {};
    return { ...base, widget: 'select', options: (property['enum'] as string[]).map((value) => ({ label: labels[value] ?? value, value })) };
  }
  if (type === 'string' && property['format'] === 'date') return { ...base, ...DATE_WIDGET };
  if (type === 'string') {
    const pattern = stringPattern(property, zodSchema);
    const long = depth === 0 && ((property['maxLength'] as number | undefined) ?? 0) >= 280;
    return { ...base, widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
  }
  if (type === 'boolean') return { ...base, widget: 'boolean', required: false, default: property['default'] ?? false };
  if (type === 'integer' || type === 'number') {
    const min = (property['minimum'] as number | undefined) ?? (property['exclusiveMinimum'] !== undefined ? (property['exclusiveMinimum'] as number) + 1 : undefined);
    const max = property['maximum'] as number | undefined;
    return { ...base, widget: 'number', value_type: type === 'integer' ? 'int' : 'float', ...(min !== undefined ? { min } : {}), ...(max !== undefined && max < Number.MAX_SAFE_INTEGER ? { max } : {}) };
  }
  // A translated list line may be empty (null) until it is translated.
  if (type === 'array' && (property.items?.['type'] === 'string' || (property.items?.['anyOf'] as JsonSchema[] | undefined)?.some((option) => option['type'] === 'string'))) {
    const itemLabel = LIST_ITEM_LABELS[name] ?? 'voce';
    return { ...base, widget: 'list', label_singular: itemLabel, field: { name: 'item', label: itemLabel, widget: 'string' } };
  }
  if (type === 'object' && property.properties) {
    const own = new Set(property.required ?? []);
    const shape = shapeOf(zodSchema);
    // Inside an optional object every field is optional for the form: the schema says what is missing.
    const fields = Object.entries(property.properties).map(([key, child]) => fieldWidget(key, child, required && own.has(key), shape[key], depth + 1));
    // One closed box per language under "Traduzioni": the Italian fields stay in view.
    return { ...base, widget: 'object', collapsed: depth === 1 && name !== 'location' && name !== 'apply', fields };
  }
  throw new Error(`The web editor has no widget for the field "${name}" (${JSON.stringify(property).slice(0, 120)})`);
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Never matches: a status no item has today still shows as a (empty) filter. */
const NOTHING = '(?!)';

/**
 * The list's filters by status. Drafts and filled/full items are read from their own fields;
 * the statuses that depend on the day are the items' titles as the model saw them on the build's day.
 */
type ViewFilter = { label: string; field: string; pattern: string | boolean };

function statusFilters(collection: Collection, statuses: StatusTable[string] | undefined): ViewFilter[] {
  const closedField = collection.kind === 'offer' ? 'filled' : collection.kind === 'course' ? 'full' : undefined;
  const titles = (code: string) => Object.values(statuses ?? {}).filter((status) => status.code === code).map((status) => escapeRegex(status.title));
  return STATUS_CODES.flatMap((code): ViewFilter[] => {
    const label = `Stato: ${STATUS_LABELS[code]}`;
    if (code === 'bozza') return [{ label, field: 'draft', pattern: true }];
    if (code === 'coperto') return closedField ? [{ label, field: closedField, pattern: '.' }] : [];
    const list = titles(code);
    return [{ label, field: 'title', pattern: list.length ? `^(?:${list.join('|')})$` : NOTHING }];
  });
}

/** The list's groups: by section (km 0, course kind, kind of aid), by month of publication, drafts apart. */
function listGroups(collection: Collection): { label: string; field: string; pattern?: string }[] {
  const section = collection.kind === 'offer'
    ? [{ label: 'Lavoro a km 0', field: 'km0' }, { label: 'Settore:', field: 'sector' }]
    : collection.kind === 'course' ? [{ label: 'Tipo di corso:', field: 'kind' }] : [{ label: 'Tipo di aiuto:', field: 'category' }];
  return [...section, { label: 'Pubblicate nel mese', field: 'published', pattern: '^\\d{4}-\\d{2}' }, { label: 'Bozza', field: 'draft' }];
}

/** One row of the list: title, first day, and the words for a draft or a closed item. */
function listSummary(collection: Collection): string {
  const closed = collection.kind === 'offer' ? "{{filled | ternary(' · posto coperto', '')}}" : collection.kind === 'course' ? "{{full | ternary(' · posti esauriti', '')}}" : '';
  return `{{title}} — dal {{published | date('DD/MM/YYYY')}}{{draft | ternary(' · bozza', '')}}${closed}`;
}

export function collectionConfig(collection: Collection, options: EditorOptions): DecapCollection {
  const schema = collectionJsonSchema(collection) as JsonSchema;
  const shape = shapeOf(collectionFields(collection));
  const required = new Set(schema.required ?? []);
  const keys = Object.keys(schema.properties ?? {});
  // The import's doubts first: the warning box is the first thing the editor sees.
  const ordered = [...FORM_HEAD.filter((key) => keys.includes(key)), ...keys.filter((key) => !FORM_TAIL.includes(key) && !FORM_END.includes(key) && !FORM_HEAD.includes(key)), ...FORM_TAIL.filter((key) => keys.includes(key))];
  const fields = ordered.map((key) => {
    const own = OWN_WIDGETS[key];
    if (own) {
      const hint = formHelp(key);
      const widget: DecapField = { name: key, label: FIELD_LABELS[key] ?? key, widget: own, required: false };
      return hint ? { ...widget, hint } : widget;
    }
    const field = fieldWidget(key, schema.properties![key]!, required.has(key), shape[key]);
    // The editor's own day, like `npm run nuovo`: the item can appear from the next Monday's issue.
    return key === 'published' ? { ...field, default: '{{now}}' } : field;
  });
  const names = NAMES[collection.folder];
  return {
    name: collection.folder,
    label: names.label,
    label_singular: names.singular,
    description: names.description,
    folder: collectionFolder(options.contentDir, collection.folder),
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: listSummary(collection),
    // Newest first; the status of each row is added by the editor's script from admin/stato.json.
    sortable_fields: [{ field: 'published', label: 'Data di pubblicazione', default_sort: 'desc' }, { field: 'title', label: 'Titolo' }],
    view_filters: statusFilters(collection, options.statuses?.[collection.folder]),
    view_groups: listGroups(collection),
    fields: [
      ...fields,
      { name: 'body', label: 'Dettagli', widget: 'markdown', required: false, hint: 'Che cosa si fa, dove, che cosa portare. Frasi brevi.', buttons: BODY_BUTTONS, editor_components: [], modes: ['rich_text', 'raw'] },
      ...FORM_END.filter((key) => keys.includes(key)).map((key) => fieldWidget(key, schema.properties![key]!, required.has(key), shape[key])),
    ],
  };
}

/** The whole configuration: production (git host, editorial workflow) or local (decap-server on the working copy). */
export function decapConfig(settings: Pick<Settings, 'siteUrl' | 'name' | 'editor'>, options: EditorOptions): Record<string, unknown> {
  const editor = settings.editor;
  const backend: Record<string, unknown> = { name: editor.backend, repo: editor.repo, branch: editor.branch };
  if (editor.baseUrl) backend['base_url'] = editor.baseUrl;
  if (editor.authEndpoint) backend['auth_endpoint'] = editor.authEndpoint;
  if (editor.apiRoot) backend['api_root'] = editor.apiRoot;
  if (editor.appId) Object.assign(backend, { app_id: editor.appId, auth_type: 'pkce' });
  backend['commit_messages'] = {
    create: 'Nuova scheda {{collection}}: {{slug}}',
    update: 'Modifica {{collection}}: {{slug}}',
    delete: 'Cancellata {{collection}}: {{slug}}',
    uploadMedia: 'Carica {{path}}',
    deleteMedia: 'Cancella {{path}}',
  };
  return {
    locale: 'it',
    backend,
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : { publish_mode: 'editorial_workflow' }),
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    // No uploads: the bulletin has no images, but Decap needs a media folder.
    media_folder: MEDIA_FOLDER,
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTIONS.map((collection) => collectionConfig(collection, options)),
  };
}

export function decapConfigYaml(settings: Pick<Settings, 'siteUrl' | 'name' | 'editor'>, options: EditorOptions): string {
  return `# Generated from the zod schemas by src/lib/editor/decap-config.ts: do not edit.\n${stringify(decapConfig(settings, options), { lineWidth: 0 })}`;
}
