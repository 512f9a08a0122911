/**
 * Markdown bodies rendered once per build, outside Astro: the HTML (cleaned) for item pages
 * and the plain text for JSON-LD. Astro's own Markdown processor (Sätteri, the default of
 * Astro 7 with GFM and smart punctuation) gives the same HTML Astro's loader would.
 * MDX bodies are components and stay with Astro's loader.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeBody } from '../publish/sanitize.ts';
import { htmlToText } from '../text/html-to-text.ts';

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

export const isMdx = (item: { file: string }): boolean => item.file.endsWith('.mdx');

export async function renderMarkdownBody(markdown: string): Promise<RenderedBody> {
  if (!markdown.trim()) return { html: '', text: '' };
  const { code } = await (await markdownRenderer()).render(markdown, { frontmatter: {} });
  const html = sanitizeBody(code);
  return { html, text: htmlToText(html) };
}
