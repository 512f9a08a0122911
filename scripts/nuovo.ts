/**
 * npm run nuovo -- offerta|corso|italiano|servizio [--title "…" --sector pulizie …] [--batch]
 * Asks the essential questions (or takes them as flags), writes the new file and checks it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { checkAnswer, NEW_KINDS, newItemPath, QUESTIONS, renderNewItem, validateNewItem, type NewKind } from '../src/lib/editor/new-item.ts';

const allKeys = [...new Set(Object.values(QUESTIONS).flat().map((q) => q.key))];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { batch: { type: 'boolean', default: false }, ...Object.fromEntries(allKeys.map((key) => [key, { type: 'string' as const }])) },
});

const kind = positionals[0] as NewKind | undefined;
if (!kind || !NEW_KINDS.includes(kind)) {
  console.error(`Scrivi che cosa vuoi aggiungere: npm run nuovo -- ${NEW_KINDS.join('|')}`);
  process.exit(2);
}

const given = values as Record<string, string | boolean | undefined>;
const answers: Record<string, string> = {};
const problems: string[] = [];
for (const question of QUESTIONS[kind]) {
  const value = given[question.key];
  if (typeof value === 'string') {
    const error = checkAnswer(question, value.trim());
    if (error) problems.push(`--${question.key} "${value}": ${error}`);
    else answers[question.key] = value.trim();
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}

// With no field flags, ask everything; with some, ask only what is required and missing.
const askAll = Object.keys(answers).length === 0;
const today = bulletinToday();
if (!askAll) answers['published'] ??= today;
const toAsk = QUESTIONS[kind].filter((q) => answers[q.key] === undefined && (askAll || q.required));
if (toAsk.length && values.batch) {
  console.error(`Mancano: ${toAsk.filter((q) => q.required).map((q) => `--${q.key}`).join(', ')}`);
  process.exit(2);
}
if (toAsk.length) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // An iterator keeps lines that arrive before their question (answers piped in by a script).
  const lines = rl[Symbol.asyncIterator]();
  console.log('Rispondi alle domande. Premi Invio per saltare quelle facoltative.');
  for (const question of toAsk) {
    const hint = question.choices ? ` [${question.choices.join(', ')}]` : '';
    const fallback = question.key === 'published' ? today : undefined;
    for (;;) {
      process.stdout.write(`${question.label}${hint}${fallback ? ` [Invio = ${fallback}]` : question.required ? '' : ' (facoltativo)'}: `);
      const next = await lines.next();
      if (next.done) {
        console.error('\nRisposte finite prima delle domande: nessun file scritto.');
        process.exit(2);
      }
      const answer = next.value.trim() || fallback || '';
      const error = checkAnswer(question, answer);
      if (!error) {
        if (answer) answers[question.key] = answer;
        break;
      }
      console.log(`  ✗ ${error}`);
    }
  }
  rl.close();
}

const item = renderNewItem(kind, answers);
const path = newItemPath(contentDirFrom(), item.kind, answers['title'] ?? 'annuncio');
const found = validateNewItem(item, path);
if (found.length) {
  console.error(`Il file non è stato scritto, perché:\n${found.map((p) => `✗ ${formatProblem(p)}`).join('\n')}`);
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, item.text, { flag: 'wx' });
console.log(`Creato ${path}. Aprilo per completare i dettagli, poi controlla con: npm run controlla`);
