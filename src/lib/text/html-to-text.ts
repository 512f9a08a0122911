/** HTML as plain text: the one converter (body text for JSON-LD, imported job descriptions). */
import { Parser } from 'htmlparser2';

/** Elements that end a paragraph of the plain text. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'pre', 'aside', 'div', 'hr', 'br', 'ul', 'ol', 'table']);
/** Elements whose content is code or markup, never text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** The text of an HTML fragment, blocks separated by a blank line, spaces folded, entities decoded. */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let skipping = 0;
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      ontext: (text) => void (skipping === 0 && (current += text)),
      onopentag: (name) => {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) flush();
      },
      onclosetag: (name) => {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks.join('\n\n');
}
