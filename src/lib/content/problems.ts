/**
 * Content problems in Italian: where (file, field, line), what was found, what is
 * expected and an example. One formatter for every zod issue an editor can meet.
 */
import type { z } from 'zod';

export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Field path such as `apply.phone`; empty for problems of the whole file. */
  field: string;
  /** Line in the file, when known. */
  line?: number | undefined;
  /** What is wrong and how to fix it, in Italian. */
  message: string;
}

/** Common Italian (and misspelled) names editors reach for, mapped to the real key. */
const KEY_ALIASES: Record<string, string> = {
  titolo: 'title', sommario: 'summary', riassunto: 'summary', pubblicato: 'published', pubblicazione: 'published',
  bozza: 'draft', scadenza: 'expires', scade: 'expires', candidatura: 'apply', candidarsi: 'apply',
  azienda: 'employer', datore: 'employer', settore: 'sector', contratto: 'contract', orario: 'hours', orari: 'schedule',
  luogo: 'location', dove: 'location', citta: 'city', indirizzo: 'address', zona: 'zone', quartiere: 'zone',
  italiano: 'italian', requisiti: 'requirements', stipendio: 'salary', paga: 'salary', fonte: 'source',
  tipo: 'kind', ente: 'provider', livello: 'level', inizio: 'start', fine: 'end', iscrizione: 'enrollBy',
  ore: 'hoursTotal', gratuito: 'free', costo: 'cost', bambini: 'childcare', attestato: 'certificate',
  categoria: 'category', chi: 'who', importo: 'amount', documenti: 'documents', telefono: 'phone', tel: 'phone',
  mail: 'email', 'e-mail': 'email', sito: 'url', link: 'url', nota: 'note', note: 'note', presenza: 'inPerson',
  'in-persona': 'inPerson', tag: 'tags', etichette: 'tags', scadenzadomanda: 'deadline',
};

const FIELD_EXAMPLES: Record<string, string> = {
  title: 'title: "Aiuto cuoco per mensa scolastica"',
  published: 'published: 2026-11-23',
  expires: 'expires: 2026-12-20',
  apply: 'apply: e sotto, rientrato di due spazi, almeno un contatto (per esempio   phone: "02 1234 5678")',
  location: 'location: e sotto, rientrati di due spazi, i campi del luogo (per esempio   zone: Loreto)',
  provider: 'provider: CPIA 3 Milano',
  who: 'who: famiglie con figli minori residenti a Milano',
  phone: 'phone: "333 1234567"',
  whatsapp: 'whatsapp: "333 1234567"',
  municipio: 'municipio: 3',
};

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key closest to an unknown one, if any is close enough. */
export function nearestKey(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  const alias = KEY_ALIASES[lower];
  if (alias && known.includes(alias)) return alias;
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = levenshtein(lower, key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(unknown.length / 3)) ? best.key : undefined;
}

function shown(value: unknown): string {
  if (value === undefined) return 'niente';
  if (value === null) return 'vuoto';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un testo', number: 'un numero', int: 'un numero intero', boolean: 'true oppure false',
  array: 'un elenco (righe che iniziano con "- ")', object: 'un gruppo di campi rientrati sotto questo',
  date: 'una data AAAA-MM-GG',
};

/** Known keys of the (nested) object schema at `path`, for suggestions. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of [...path, '']) {
    // Unwrap optional/default/pipe wrappers down to an object.
    for (let guard = 0; guard < 5; guard++) {
      const def = (current as { def?: { type?: string; innerType?: unknown; in?: unknown } }).def;
      if (def?.innerType) current = def.innerType;
      else if (def?.type === 'pipe') current = def.in;
      else break;
    }
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (segment === '') return shape ? Object.keys(shape) : [];
    if (!shape || typeof segment !== 'string') return [];
    current = shape[segment];
  }
  return [];
}

/** One zod issue as an Italian sentence (without the file and field prefix). */
export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { field: string; message: string }[] {
  const field = issue.path.map(String).join('.');
  const last = String(issue.path.at(-1) ?? '');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const suggestion = nearestKey(key, known);
        const fullField = [...issue.path.map(String), key].join('.');
        const hint = suggestion
          ? `intendevi "${suggestion}"?`
          : `i campi ammessi qui sono: ${known.join(', ')}.`;
        return { field: fullField, message: `"${key}" non è un campo previsto: ${hint} Correggi il nome o togli la riga.` };
      });
    }
    case 'invalid_type': {
      if (input === undefined) {
        const example = FIELD_EXAMPLES[last];
        return [{ field, message: `manca, ed è obbligatorio.${example ? ` Aggiungi una riga come: ${example}` : ''}` }];
      }
      if (issue.expected === 'string' && typeof input === 'number' && /phone|whatsapp/.test(last)) {
        return [{ field, message: `${shown(input)} è stato letto come un numero, non come un telefono (uno 0 iniziale andrebbe perso): scrivi il numero tra virgolette, per esempio ${last}: "02 1234 5678".` }];
      }
      if (issue.expected === 'string' && typeof input === 'number') {
        return [{ field, message: `trovato il numero ${shown(input)}, ma serve un testo: mettilo tra virgolette, per esempio "${String(input)}".` }];
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ field, message: `valore non valido (trovato: ${shown(input)}): serve ${expected}.` }];
    }
    case 'invalid_value':
      return [{ field, message: `${shown(input)} non è un valore ammesso. Scegli uno di questi: ${issue.values.map(String).join(', ')}.` }];
    case 'invalid_union':
      // Only dates are unions: a date that is neither text nor a YAML date.
      return [{ field, message: `${shown(input)} non è una data valida. Scrivi la data come AAAA-MM-GG, per esempio 2026-11-23.` }];
    case 'too_small':
      if (issue.origin === 'string') {
        return [{ field, message: Number(issue.minimum) <= 1 ? 'è vuoto: scrivi un testo oppure togli la riga.' : `è troppo corto (${shown(input)}): servono almeno ${String(issue.minimum)} caratteri.` }];
      }
      if (issue.origin === 'array') return [{ field, message: 'l\'elenco è vuoto: aggiungi almeno una riga "- ..." oppure togli il campo.' }];
      return [{ field, message: `${shown(input)} è troppo piccolo: il minimo è ${String(issue.minimum)}.` }];
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : undefined;
        return [{ field, message: `è troppo lungo${length ? ` (${length} caratteri)` : ''}: al massimo ${String(issue.maximum)} caratteri. Accorcialo e metti i dettagli nel testo sotto i campi.` }];
      }
      return [{ field, message: `${shown(input)} è troppo grande: il massimo è ${String(issue.maximum)}.` }];
    case 'invalid_format':
      return [{ field, message: `${shown(input)} ${issue.message}` }];
    default: {
      // Custom messages are complete sentences; put the value found in front of short ones.
      const prefix = issue.code === 'custom' && (typeof input === 'string' || typeof input === 'number') && !issue.message.startsWith('"') ? `${shown(input)} ` : '';
      return [{ field, message: `${prefix}${issue.message}` }];
    }
  }
}

/** `file — campo "field" (riga N): message`, the one line an editor reads. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file];
  if (problem.field) where.push(`campo "${problem.field}"`);
  const line = problem.line ? ` (riga ${problem.line})` : '';
  return `${where.join(' — ')}${line}: ${problem.message}`;
}

/** The full report printed when the content has problems. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const header = `Il bollettino non è stato pubblicato: ${problems.length === 1 ? 'c\'è 1 problema' : `ci sono ${problems.length} problemi`} nei contenuti (${files === 1 ? '1 file' : `${files} file`}). Correggi e riprova.`;
  return [header, '', ...problems.map((p) => `✗ ${formatProblem(p)}`), ''].join('\n');
}
