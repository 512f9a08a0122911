/**
 * npm run nuovo -- offerta|corso|italiano|servizio [--title "…" --sector pulizie …] [--batch]
 * Asks the essential questions (or takes them as flags), writes the new file and checks it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { NEW_KINDS, readAnswer, newItemPath, QUESTIONS, renderNewItem, validateNewItem, type NewKind } from '../src/lib/editor/new-item.ts';
import { EXIT } from '../src/lib/cli/exit-codes.ts';

const allQuestions = [...new Map(Object.values(QUESTIONS).flat().map((q) => [q.key, q])).values()];
const spec = {
  name: 'nuovo',
  allowPositionals: true,
  options: { batch: { type: 'boolean' as const, default: false }, ...Object.fromEntries(allQuestions.map((q) => [q.key, { type: 'string' as const }])) },
  help: {
    usage: `npm run nuovo -- ${NEW_KINDS.join('|')} [--title "…" --sector pulizie …] [--batch]`,
    summary: 'Crea una nuova scheda: fa le domande essenziali (o prende le risposte dalle opzioni), scrive il file e lo controlla.\nSi può scrivere come viene: "Pulizie", "part time", "a1", "sì", date come 31/12/2026.',
    args: [['offerta', 'un\'offerta di lavoro'], ['corso', 'un corso o una politica attiva'], ['italiano', 'un corso di italiano'], ['servizio', 'un aiuto utile (reddito, casa…)']] as const,
    options: {
      batch: { text: 'non fa domande: se manca una risposta obbligatoria si ferma e la dice' },
      ...Object.fromEntries(allQuestions.map((q) => [q.key, { value: 'VALORE', text: q.label }])),
    },
    examples: ['npm run nuovo -- offerta', 'npm run nuovo -- offerta --title "Aiuto cuoco" --sector Ristorazione --contract "tempo determinato" --hours "part time" --phone "02 1234 5678"'],
    notes: ['Le domande di ogni tipo: offerta, corso, italiano e servizio chiedono solo i campi che li riguardano.'],
  },
};
const { values, positionals } = commandLine(spec);

const kind = positionals[0] as NewKind | undefined;
if (!kind || !NEW_KINDS.includes(kind)) usageError(spec, `Scrivi che cosa vuoi aggiungere: npm run nuovo -- ${NEW_KINDS.join('|')}`);

const given = values as Record<string, string | boolean | undefined>;
const answers: Record<string, string> = {};
const problems: string[] = [];
for (const question of QUESTIONS[kind]) {
  const value = given[question.key];
  if (typeof value === 'string') {
    const answer = readAnswer(question, value);
    if (answer.error !== undefined) problems.push(`--${question.key} "${value}": ${answer.error}`);
    else if (answer.value) answers[question.key] = answer.value;
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(EXIT.usage);
}

// With no field flags, ask everything; with some, ask only what is required and missing.
const askAll = Object.keys(answers).length === 0;
const today = bulletinToday();
if (!askAll) answers['published'] ??= today;
const toAsk = QUESTIONS[kind].filter((q) => answers[q.key] === undefined && (askAll || q.required));
if (toAsk.length && values.batch) {
  console.error(`Mancano: ${toAsk.filter((q) => q.required).map((q) => `--${q.key}`).join(', ')}`);
  process.exit(EXIT.usage);
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
        process.exit(EXIT.usage);
      }
      const answer = readAnswer(question, next.value.trim() || fallback || '');
      if (answer.error === undefined) {
        if (answer.value) answers[question.key] = answer.value;
        break;
      }
      console.log(`  ✗ ${answer.error}`);
    }
  }
  rl.close();
}

const item = renderNewItem(kind, answers);
const path = newItemPath(contentDirFrom(), item.kind, answers['title'] ?? 'annuncio');
const found = validateNewItem(item, path);
if (found.length) {
  console.error(`Il file non è stato scritto, perché:\n${found.map((p) => `✗ ${formatProblem(p)}`).join('\n')}`);
  process.exit(EXIT.content);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, item.text, { flag: 'wx' });
console.log(`Creato ${path}. Aprilo per completare i dettagli, poi controlla con: npm run controlla`);
