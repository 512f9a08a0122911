/**
 * Markdown bodies rendered once per build, outside Astro: the HTML (cleaned) for item pages
 * and the plain text for JSON-LD. Astro's own Markdown processor (Sätteri, the default of
 * Astro 7 with GFM and smart punctuation) gives the same HTML Astro's loader would.
 * MDX bodies are components and stay with Astro's loader.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { Parser } from 'htmlparser2';
import type { Item } from './items.ts';
import { sanitizeBody } from '../publish/sanitize.ts';

export interface RenderedBody {
  /** Cleaned HTML; empty for an empty body. */
  html: string;
  /** Text of the body, one paragraph per block, for JSON-LD and descriptions. */
  text: string;
}

type Renderer = Awaited<ReturnType<ReturnType<typeof satteri>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

function markdownRenderer(): Promise<Renderer> {
  // Bodies carry no code blocks worth highlighting: no syntax highlighter is loaded.
  renderer ??= satteri().createRenderer({ syntaxHighlight: false, gfm: true, smartypants: true });
  return renderer;
}

export const isMdx = (item: Pick<Item, 'file'>): boolean => item.file.endsWith('.mdx');

/** Elements that end a paragraph of the plain text. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'pre', 'aside', 'div', 'hr', 'br', 'ul', 'ol', 'table']);

/** The text of an HTML fragment, blocks separated by a blank line, entities decoded. */
export function textOfHtml(html: string): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const parser = new Parser({ ontext: (text) => void (current += text), onopentag: (name) => BLOCKS.has(name) && flush(), onclosetag: (name) => BLOCKS.has(name) && flush() }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  flush();
  return blocks.join('\n\n');
}

export async function renderMarkdownBody(markdown: string): Promise<RenderedBody> {
  if (!markdown.trim()) return { html: '', text: '' };
  const { code } = await (await markdownRenderer()).render(markdown, { frontmatter: {} });
  const html = sanitizeBody(code);
  return { html, text: textOfHtml(html) };
}
