/**
 * An MDX body is code as much as text: it could import Node modules, evaluate `{…}`
 * expressions and export values, reading secrets and files into a page. Editors need
 * components, not code: only imports of the project's content components (an allow-list)
 * are accepted, no `export`, no expressions, and every other mistake (a stray "{" or "<",
 * an unknown component) is caught here, in Italian, before Astro would fail in English.
 */
import { createProcessor } from '@mdx-js/mdx';
import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { CONTENT_COMPONENTS, type ContentComponent } from './components.ts';

export interface BodyProblem {
  /** Line within the body (1-based). */
  line: number | undefined;
  message: string;
}

const processor = createProcessor({ format: 'mdx' });
const NAMES = CONTENT_COMPONENTS.map((component) => `<${component.name}>`).join(', ');

interface EstreeNode {
  type: string;
  loc?: { start: { line: number } } | null;
  source?: { value?: unknown };
  specifiers?: { type: string; local: { name: string } }[];
}

interface Node {
  type: string;
  name?: string | null | undefined;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown; position?: Position }[];
  position?: Position | undefined;
  children?: Node[] | undefined;
  data?: { estree?: { body: EstreeNode[] } };
}

interface Position {
  start: { line: number };
}

/** The allowed component an import names, if the path leads to its file. */
function importedComponent(source: string, absoluteFile: string | undefined, root: string | undefined): ContentComponent | undefined {
  return CONTENT_COMPONENTS.find((component) => {
    if (absoluteFile) return resolve(dirname(absoluteFile), source) === resolve(root ?? process.cwd(), component.file);
    return source.startsWith('.') && source.endsWith(`/components/${basename(component.file)}`);
  });
}

/** The import line as it must be written in this file (content folders may live anywhere). */
function importLine(component: ContentComponent, absoluteFile: string | undefined, root: string | undefined): string {
  if (!absoluteFile) return component.importLine;
  const path = relative(dirname(absoluteFile), resolve(root ?? process.cwd(), component.file)).split('\\').join('/');
  return `import ${component.name} from '${path.startsWith('.') ? path : `./${path}`}';`;
}

const howToImport = (components: readonly ContentComponent[], absoluteFile: string | undefined, root: string | undefined): string =>
  components.map((component) => importLine(component, absoluteFile, root)).join(' oppure ');

/** Problems of the `import`/`export` lines; returns the components imported correctly. */
function checkEsm(node: Node, absoluteFile: string | undefined, root: string | undefined, problems: BodyProblem[]): string[] {
  const imported: string[] = [];
  for (const statement of node.data?.estree?.body ?? []) {
    const line = statement.loc?.start.line ?? node.position?.start.line;
    if (statement.type !== 'ImportDeclaration') {
      problems.push({ line, message: `"export" e altro codice non sono ammessi nel testo di una scheda: togli la riga. Nei file .mdx si possono solo importare i componenti della redazione (${NAMES}).` });
      continue;
    }
    const source = String(statement.source?.value ?? '');
    const component = importedComponent(source, absoluteFile, root);
    const specifiers = statement.specifiers ?? [];
    const onlyDefault = specifiers.length === 1 && specifiers[0]!.type === 'ImportDefaultSpecifier';
    const meant = CONTENT_COMPONENTS.find((candidate) => basename(source) === basename(candidate.file));
    if (!component && meant && absoluteFile && !existsSync(resolve(dirname(absoluteFile), source))) {
      problems.push({ line, message: `"import" indica un file che non esiste: ${source}. Scrivi: ${importLine(meant, absoluteFile, root)}` });
    } else if (!component) {
      problems.push({ line, message: `"import" di "${source}" non è ammesso: nel testo di una scheda si possono importare solo i componenti della redazione (${NAMES}). Scrivi: ${howToImport(meant ? [meant] : CONTENT_COMPONENTS, absoluteFile, root)}` });
    } else if (!onlyDefault || specifiers[0]!.local.name !== component.name) {
      problems.push({ line, message: `l'import del componente va scritto esattamente così: ${importLine(component, absoluteFile, root)}` });
    } else {
      imported.push(component.name);
    }
  }
  return imported;
}

/** Problems of an MDX body; `absoluteFile` and `root` (the project) let import paths be checked exactly. */
export function checkMdxBody(body: string, absoluteFile: string | undefined, root?: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{
      line,
      message: `il testo non si può leggere come MDX (${reason ?? String(error)}). Nei file .mdx i caratteri { } < > hanno un significato speciale: scrivili in un file .md, oppure usali solo per i componenti come <Avviso>…</Avviso>.`,
    }];
  }
  const imported = new Set<string>();
  const visit = (node: Node): void => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm') for (const name of checkEsm(node, absoluteFile, root, problems)) imported.add(name);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ line, message: 'le parentesi graffe { } non sono ammesse nel testo di una scheda .mdx (sarebbero codice). Togli le graffe, oppure, se ti servono come caratteri, usa un file .md.' });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) checkElement(node, node.name, line, problems);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  // Unimported components: checked after every import line is known.
  const missing = (node: Node): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name) && !imported.has(node.name)) {
      const known = CONTENT_COMPONENTS.find((component) => component.name === node.name);
      problems.push({
        line: node.position?.start.line,
        message: known
          ? `il componente <${node.name}> non è importato: scrivi in cima al testo ${importLine(known, absoluteFile, root)}`
          : `il componente <${node.name}> non esiste. I componenti della redazione sono: ${NAMES}; per usarli scrivi in cima al testo ${howToImport(CONTENT_COMPONENTS, absoluteFile, root)}`,
      });
    }
    for (const child of node.children ?? []) missing(child);
  };
  missing(tree);
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Attributes are plain text: `{…}` values and `{...spread}` would be code. */
function checkElement(node: Node, name: string, line: number | undefined, problems: BodyProblem[]): void {
  const component = CONTENT_COMPONENTS.find((candidate) => candidate.name === name);
  for (const attribute of node.attributes ?? []) {
    const where = attribute.position?.start.line ?? line;
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      problems.push({ line: where, message: `in <${name}> le parentesi graffe { } non sono ammesse (sarebbero codice): scrivi il valore tra virgolette, per esempio titolo="Ricorda".` });
    } else if (component && !component.attributes.includes(attribute.name ?? '')) {
      problems.push({ line: where, message: `<${name}> non ha l'attributo "${attribute.name}"${component.attributes.length ? `: si può usare solo ${component.attributes.join(', ')}` : ''}. Togli l'attributo.` });
    }
  }
}
