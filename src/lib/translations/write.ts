/**
 * Translations written into a content file: the YAML document is edited in place (the
 * `yaml` package's Document API), so the editors' comments, quotes and order stay as they
 * were; only `translations.<lang>` changes. The caller validates the result before saving.
 */
import { Document, isMap, isScalar, parseDocument, Scalar, YAMLMap, type Pair } from 'yaml';
import { CLOSING, OPENING } from '../content/front-matter.ts';
import { LIST_FIELDS, TRANSLATABLE_FIELDS, type TranslationLang } from '../schema/translations.ts';

export interface TranslationChange {
  /** `title`, `apply.note`, `requirements.2`, `body`. */
  key: string;
  text: string;
  /** The hash of the Italian the text translates. */
  hash: string;
  /** An unchecked machine draft. */
  auto: boolean;
}

/** Long translations stay on one line: YAML folding would only make the file harder to read. */
const TO_STRING = { lineWidth: 0 } as const;

export class WriteError extends Error {}

interface Split {
  before: string;
  yaml: string;
  after: string;
}

function splitSource(source: string): Split {
  const opening = OPENING.exec(source);
  const rest = opening ? source.slice(opening[0].length) : '';
  const closing = opening ? CLOSING.exec(rest) : null;
  if (!opening || !closing) throw new WriteError('il file non ha i campi in cima tra due righe "---": correggilo prima di importare traduzioni.');
  return { before: source.slice(0, opening[0].length), yaml: rest.slice(0, closing.index), after: rest.slice(closing.index) };
}

/** The order of a language block: the fields as in a sheet, then the hashes, then `auto`. */
function fieldOrder(kind: keyof typeof TRANSLATABLE_FIELDS): string[] {
  const top = TRANSLATABLE_FIELDS[kind].map((field) => field.split('.')[0]!);
  return [...new Set([...top, 'hash', 'auto'])];
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** The keys of a block's translated texts (`requirements.0` for list lines). */
function translatedKeys(block: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(block)) {
    if (key === 'hash' || key === 'auto') continue;
    if (key === 'apply' && value && typeof value === 'object') for (const inner of Object.keys(value)) keys.push(`apply.${inner}`);
    else if (Array.isArray(value)) value.forEach((line, index) => line !== null && line !== undefined && keys.push(`${key}.${index}`));
    else keys.push(key);
  }
  return keys;
}

function expandAuto(auto: unknown, block: Record<string, unknown>): Set<string> {
  if (auto === true) return new Set(translatedKeys(block));
  if (!Array.isArray(auto)) return new Set();
  const keys = new Set<string>();
  for (const entry of auto as string[]) {
    if (LIST_FIELDS.has(entry)) for (const key of translatedKeys(block)) key.startsWith(`${entry}.`) && keys.add(key);
    else keys.add(entry);
  }
  return keys;
}

function setAuto(doc: Document, path: string[], keys: Set<string>, block: Record<string, unknown>): void {
  const all = translatedKeys(block);
  const left = all.filter((key) => keys.has(key));
  if (!left.length) doc.deleteIn([...path, 'auto']);
  else if (left.length === all.length) doc.setIn([...path, 'auto'], true);
  else {
    const node = doc.createNode(left);
    node.flow = true;
    doc.setIn([...path, 'auto'], node);
  }
}

/**
 * The file's text with `changes` written into `translations.<lang>`. `italianLines` gives the
 * number of Italian lines of each list field, so a translated list keeps its places.
 */
export function withTranslations(source: string, kind: keyof typeof TRANSLATABLE_FIELDS, lang: TranslationLang, changes: readonly TranslationChange[], italianLines: Record<string, number>): string {
  const { before, yaml, after } = splitSource(source);
  const doc = parseDocument(yaml, { schema: 'core' });
  if (doc.errors.length) throw new WriteError('i campi in cima al file non sono YAML valido: correggili prima (npm run controlla dice dove).');
  const untouched = JSON.stringify({ ...(doc.toJS() as Record<string, unknown>), translations: undefined });
  if (!isMap(doc.contents)) throw new WriteError('in cima al file servono i campi nella forma "campo: valore".');
  // Where `translations` is written now: only that part of the text is replaced.
  const found = doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'translations');
  const keyRange = found && isScalar(found.key) ? found.key.range : undefined;
  const valueRange = (found?.value as { range?: [number, number, number] } | null | undefined)?.range;
  const span = keyRange ? [keyRange[0], valueRange?.[2] ?? keyRange[2]] as const : undefined;
  const path = ['translations', lang];
  const blockJs = () => (doc.getIn(path) && isMap(doc.getIn(path)) ? ((doc.getIn(path) as YAMLMap).toJSON() as Record<string, unknown>) : {});
  const auto = expandAuto(blockJs()['auto'], blockJs());
  for (const change of changes) {
    const [field, sub] = change.key.split('.') as [string, string | undefined];
    if (LIST_FIELDS.has(field)) {
      const index = Number(sub);
      const lines = [...((blockJs()[field] as (string | null)[] | undefined) ?? [])];
      while (lines.length < (italianLines[field] ?? index + 1)) lines.push(null);
      lines[index] = change.text;
      while (lines.length && lines.at(-1) === null) lines.pop();
      doc.setIn([...path, field], doc.createNode(lines));
    } else if (field === 'body') {
      const scalar = new Scalar(change.text.replace(/\r\n/g, '\n').trimEnd() + '\n');
      scalar.type = Scalar.BLOCK_LITERAL;
      doc.setIn([...path, 'body'], scalar);
    } else {
      doc.setIn([...path, ...change.key.split('.')], new Scalar(change.text));
    }
    if (!isMap(doc.getIn([...path, 'hash']))) {
      const hashes = new YAMLMap();
      hashes.flow = true;
      doc.setIn([...path, 'hash'], hashes);
    }
    doc.setIn([...path, 'hash', change.key], quoted(change.hash));
    if (change.auto) auto.add(change.key);
    else auto.delete(change.key);
  }
  setAuto(doc, path, auto, blockJs());
  // Fields first, in the order of a sheet; the bookkeeping last.
  const block = doc.getIn(path) as YAMLMap;
  const order = fieldOrder(kind);
  const rank = (pair: { key: unknown }) => order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key));
  block.items.sort((a, b) => rank(a) - rank(b));
  const piece = new Document();
  const only = new YAMLMap();
  const pair = doc.contents.items.find((each) => (isScalar(each.key) ? each.key.value : each.key) === 'translations') as Pair;
  // A comment above `translations:` is outside the replaced text: written once, where it was.
  if (span && isScalar(pair.key)) Object.assign(pair.key, { commentBefore: undefined, spaceBefore: undefined });
  only.items.push(pair);
  piece.contents = only;
  let written = piece.toString(TO_STRING);
  let text: string;
  if (span) {
    if (!yaml.slice(span[0], span[1]).endsWith('\n')) written = written.replace(/\n$/, '');
    text = `${yaml.slice(0, span[0])}${written}${yaml.slice(span[1])}`;
  } else {
    text = `${yaml}${yaml.endsWith('\n') || !yaml ? '' : '\n'}${written}`;
  }
  // Nothing but the translations may change.
  const check = parseDocument(text, { schema: 'core' });
  if (check.errors.length || JSON.stringify({ ...(check.toJS() as Record<string, unknown>), translations: undefined }) !== untouched) {
    throw new WriteError('non riesco a scrivere la traduzione senza toccare il resto della scheda: aggiungila a mano.');
  }
  return `${before}${text}${after}`;
}
