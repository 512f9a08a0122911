/** Markdown/MDX body as plain text (paragraphs kept), for JSON-LD and the e-mail's text part. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** MDX `import`/`export` lines are code, not text. */
const MDX_ESM = /^(import|export)\s.*$/gm;

export function plainText(markdown: string): string {
  const tree = fromMarkdown(markdown.replace(MDX_ESM, ''));
  return tree.children
    .map((node) => (node.type === 'html' ? '' : toString(node, { includeHtml: false })))
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n');
}
