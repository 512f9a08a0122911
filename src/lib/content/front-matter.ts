/**
 * Splits a Markdown/MDX file into YAML front matter and body, parsing the YAML as
 * YAML 1.2 core: dates stay text (so 2026-02-30 can be caught, not rolled over).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  data: unknown;
  body: string;
  /** YAML problems with their line in the file (1-based). */
  errors: { line: number | undefined; message: string }[];
  /** Line in the file (1-based) where the key at `path` is written, if it is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const noLine = (): undefined => undefined;

/** The lines that open and close the front matter (exported for the files' writers). */
export const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
export const CLOSING = /^---[ \t]*$/m;

export function parseFrontMatter(source: string): FrontMatter {
  const opening = OPENING.exec(source);
  if (!opening) {
    return { data: undefined, body: source, lineOf: noLine, errors: [{ line: 1, message: 'il file deve iniziare con una riga "---", seguita dai campi e da un\'altra riga "---".' }] };
  }
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { data: undefined, body: '', lineOf: noLine, errors: [{ line: undefined, message: 'manca la riga "---" che chiude i campi in cima al file.' }] };
  }
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: true, lineCounter });
  // Line 1 of the YAML is line 2 of the file. Later YAML errors are mostly echoes of the first.
  const errors = doc.errors.slice(0, 1).map((error) => ({
    line: error.linePos?.[0] ? error.linePos[0].line + 1 : undefined,
    message: yamlMessage(error.code, error.message),
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const segment of path) {
      if (!isMap(node)) return line;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isScalar(pair.key) || !pair.key.range) return line;
      line = lineCounter.linePos(pair.key.range[0]).line + 1;
      node = pair.value;
    }
    return line;
  };
  return { data: errors.length ? undefined : doc.toJS(), body, errors, lineOf };
}

function yamlMessage(code: string, original: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'lo stesso campo è scritto due volte: tieni una sola riga per campo.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `la riga non è scritta correttamente (rientro o due punti mancanti). Scrivi "campo: valore"; se il valore contiene ":" o "#" mettilo tra virgolette. (${firstLine(original)})`;
    default:
      return `la sintassi YAML non è corretta: controlla rientri, due punti e virgolette. (${firstLine(original)})`;
  }
}

/** The yaml library's message without its position suffix and code excerpt. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
