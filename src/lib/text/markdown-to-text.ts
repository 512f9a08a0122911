/** Markdown/MDX as plain text (paragraphs kept): the one converter, for JSON-LD when a body was not rendered. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** MDX `import`/`export` lines are code, not text. */
const MDX_ESM = /^(import|export)\s.*$/gm;

export function markdownToText(markdown: string): string {
  const tree = fromMarkdown(markdown.replace(MDX_ESM, ''));
  return tree.children
    .map((node) => {
      if (node.type === 'html') return '';
      // One line per list item, not the items glued together.
      if (node.type === 'list') return node.children.map((item) => toString(item, { includeHtml: false }).trim()).join('\n');
      return toString(node, { includeHtml: false });
    })
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n');
}
