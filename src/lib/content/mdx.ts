/**
 * An MDX body is code as much as text: a stray "{" or "<", or an import of a file that
 * does not exist, would stop Astro with an English stack trace. Catch them here, in Italian.
 */
import { createProcessor } from '@mdx-js/mdx';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface BodyProblem {
  /** Line within the body (1-based). */
  line: number | undefined;
  message: string;
}

const processor = createProcessor({ format: 'mdx' });
const IMPORT = /^import\s+[\w{}\s,*]+\s+from\s+['"]([^'"]+)['"];?\s*$/gm;

export function checkMdxBody(body: string, absoluteFile: string | undefined): BodyProblem[] {
  const problems: BodyProblem[] = [];
  try {
    const tree = processor.parse(body);
    const imported = new Set([...body.matchAll(/^import\s+(\w+)\s+from/gm)].map((m) => m[1]!));
    for (const { name, line } of jsxElements(tree)) {
      if (/^[A-Z]/.test(name) && !imported.has(name)) {
        problems.push({ line, message: `il componente <${name}> non è importato o non esiste. L'unico componente per le schede è <Avviso>: scrivi in cima al testo import Avviso from '../../components/Avviso.astro';` });
      }
    }
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    problems.push({
      line,
      message: `il testo non si può leggere come MDX (${reason ?? String(error)}). Nei file .mdx i caratteri { } < > hanno un significato speciale: scrivili in un file .md, oppure usali solo per i componenti come <Avviso>…</Avviso>.`,
    });
  }
  if (absoluteFile) {
    for (const match of body.matchAll(IMPORT)) {
      const target = match[1]!;
      if (target.startsWith('.') && !existsSync(resolve(dirname(absoluteFile), target))) {
        const line = body.slice(0, match.index).split('\n').length;
        problems.push({ line, message: `"import" indica un file che non esiste: ${target}. Per l'avviso scrivi: import Avviso from '../../components/Avviso.astro';` });
      }
    }
  }
  return problems;
}

interface Node {
  type: string;
  name?: string | null | undefined;
  position?: { start: { line: number } } | undefined;
  children?: Node[] | undefined;
}

/** Every JSX element of an MDX tree, with its line. */
function jsxElements(node: Node): { name: string; line: number | undefined }[] {
  const here = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? [{ name: node.name, line: node.position?.start.line }] : [];
  return [...here, ...(node.children ?? []).flatMap(jsxElements)];
}
