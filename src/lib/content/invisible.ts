/**
 * Control characters in a content file (pasted from Word or a PDF, or written as YAML
 * escapes such as "\v" or "\x1b") are invisible in an editor and break feeds and
 * Astro's YAML parser: each is reported with its field and line, and how to fix it.
 */
import { firstBidiControl, firstInvalidChar } from '../text/text-chars.ts';
import type { FrontMatter } from './front-matter.ts';
import type { ContentProblem } from './problems.ts';

const FIX = 'di solito arriva copiando il testo da Word, da un PDF o da una pagina web. Cancella e riscrivi a mano quel punto della riga (spazi e a capo compresi).';

/** Key written at the start of a front-matter line, if any. */
const KEY = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/;

export function invisibleCharProblems(file: string, source: string, parsed: FrontMatter): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reported = new Set<number>();
  const lines = source.split('\n');
  const bodyStart = lines.length - parsed.body.split('\n').length + 1;
  lines.forEach((text, index) => {
    const line = index + 1;
    const inBody = parsed.body !== '' && line >= bodyStart;
    const field = inBody ? '' : (KEY.exec(text)?.[1] ?? '');
    const char = firstInvalidChar(text.replace(/\r$/, ''));
    // Direction marks may stand in an Arabic translation (front matter, checked by path below); the body is Italian.
    const bidi = firstBidiControl(text, !inBody);
    if (char) problems.push({ file, field, line, message: `${inBody ? 'il testo' : 'la riga'} contiene un carattere invisibile di controllo (${char}): ${FIX}` });
    else if (bidi) problems.push({ file, field, line, message: `${inBody ? 'il testo' : 'la riga'} contiene un carattere invisibile che cambia la direzione del testo (${bidi}): può far vedere numeri diversi da quelli scritti; ${FIX}` });
    else return;
    reported.add(line);
  });
  // Escapes in quoted YAML ("\v", "\x1b", "\0") only show up once parsed.
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const char = firstInvalidChar(value);
      const line = parsed.lineOf(path);
      // Marks (LRM, RLM, ALM) only inside the Arabic translation; overrides and isolates nowhere.
      const bidi = firstBidiControl(value, path[0] === 'translations' && path[1] === 'ar');
      if (bidi && (line === undefined || !reported.has(line))) {
        problems.push({ file, field: path.join('.'), line, message: `il valore contiene un carattere invisibile che cambia la direzione del testo (${bidi}), spesso scritto tra virgolette come "\\u202E": può far vedere numeri diversi da quelli scritti. Togli quel carattere.` });
      }
      if (char && (line === undefined || !reported.has(line))) {
        problems.push({ file, field: path.join('.'), line, message: `il valore contiene un carattere di controllo (${char}), di solito scritto tra virgolette come "\\v", "\\x1b" o "\\0": togli quella sequenza (per andare a capo basta scrivere il testo su più righe).` });
      }
    } else if (Array.isArray(value)) {
      value.forEach((entry, index) => walk(entry, [...path, String(index)]));
    } else if (value && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) walk(entry, [...path, key]);
    }
  };
  walk(parsed.data, []);
  return problems;
}
