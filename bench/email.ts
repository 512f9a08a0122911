/**
 * npm run bench:email [-- --sizes 10,50,150,500 --seed bench]
 *
 * The e-mail HTML of issues of 10, 50, 150 and 500 generated items, rendered in memory
 * (issue model + MJML, as the build does). Prints bytes, bytes per item and per card shown,
 * the cards shown per section (the rest is linked to the web issue) and whether it is under
 * the 90 KB goal and the 102 KB hard limit (Gmail clips longer messages). The baseline in the
 * same run is the e-mail of an empty issue: what the template alone weighs.
 */
import { commandLine } from '../src/lib/cli/command-line.ts';
import { EMAIL_HTML_BUDGET, renderEmail } from '../src/lib/email/render.ts';
import { generateItems } from './generate/content.ts';
import { issueForWeek } from '../src/lib/issue/model.ts';
import { mondayOfWeek } from '../src/lib/issue/dates.ts';
import { settings } from '../src/settings.ts';

const { values } = commandLine({
  name: 'bench:email',
  options: {
    sizes: { type: 'string', default: '10,50,150,500' },
    seed: { type: 'string', default: 'bench' },
  },
  help: {
    usage: 'npm run bench:email -- [opzioni]',
    summary: "Misura l'e-mail del numero (HTML, come la costruisce il build) per numeri di 10, 50, 150 e 500 annunci generati: byte, byte per annuncio, schede mostrate per sezione, e se resta sotto i 102 KB oltre cui Gmail taglia il messaggio.",
    options: {
      sizes: { value: 'N,N', text: 'quanti annunci per numero, separati da virgole (predefinito 10,50,150,500)' },
      seed: { value: 'TESTO', text: 'seme dei contenuti generati' },
    },
  },
});
const SIZES = values.sizes.split(',').map((size) => Number(size.trim()));
const HARD_LIMIT = 102 * 1024;
const WEEK = '2026-W48';
const MONDAY = mondayOfWeek(WEEK);
const SHORT: Record<string, string> = { km0: 'km0', lavoro: 'lavoro', corsi: 'corsi', italiano: 'italiano', servizi: 'servizi' };

interface Row {
  items: number;
  bytes: number;
  textBytes: number;
  ms: number;
  cap: number;
  shown: number;
  perSection: string;
}

async function measure(items: number): Promise<Row> {
  // Two weeks ending on the issue's Monday: every generated item is in that issue.
  const generated = items === 0 ? [] : generateItems({ items, weeks: 2, seed: values.seed, until: MONDAY });
  const issue = issueForWeek(generated, WEEK, settings.firstIssueWeek);
  if (issue.itemCount !== items) throw new Error(`the issue has ${issue.itemCount} items, not ${items}`);
  const started = performance.now();
  const email = await renderEmail(issue, settings);
  const ms = performance.now() - started;
  const shownOf = (total: number) => Math.min(total, email.cardsPerSection);
  return {
    items,
    bytes: email.bytes,
    textBytes: Buffer.byteLength(email.text, 'utf8'),
    ms,
    cap: email.cardsPerSection,
    shown: issue.sections.reduce((sum, section) => sum + shownOf(section.entries.length), 0),
    perSection: issue.sections.map((section) => `${SHORT[section.id] ?? section.id} ${shownOf(section.entries.length)}/${section.entries.length}`).join(' · '),
  };
}

// Warm up MJML (first compile loads its components), then the empty issue: the template alone.
await measure(0);
const empty = await measure(0);
const rows: Row[] = [];
for (const items of SIZES) rows.push(await measure(items));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`bench:email — issue ${WEEK} (${MONDAY}), generated items (seed ${values.seed}); goal ≤ ${kb(EMAIL_HTML_BUDGET)}, hard limit ${kb(HARD_LIMIT)}`);
console.log(`empty issue (template only): ${empty.bytes} bytes HTML (${kb(empty.bytes)}), rendered in ${empty.ms.toFixed(0)} ms\n`);
const header = ['items', 'HTML bytes', 'KB', 'bytes/item', 'bytes/card shown', 'text KB', 'cap/section', 'cards shown', 'shown per section', 'render', '≤ 90 KB', '≤ 102 KB'];
const table = rows.map((row) => [
  String(row.items),
  String(row.bytes),
  (row.bytes / 1024).toFixed(1),
  (row.bytes / row.items).toFixed(0),
  row.shown ? ((row.bytes - empty.bytes) / row.shown).toFixed(0) : '–',
  (row.textBytes / 1024).toFixed(1),
  row.cap === Infinity ? 'all' : String(row.cap),
  `${row.shown}/${row.items}`,
  row.perSection,
  `${row.ms.toFixed(0)} ms`,
  row.bytes <= EMAIL_HTML_BUDGET ? 'yes' : 'NO',
  row.bytes <= HARD_LIMIT ? 'yes' : 'NO',
]);
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i]!.length)));
const align = (cell: string, i: number) => (i === 8 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!));
console.log(`| ${header.map(align).join(' | ')} |`);
console.log(`| ${widths.map((width, i) => (i === 8 ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`);
for (const cells of table) console.log(`| ${cells.map(align).join(' | ')} |`);
const all = rows.every((row) => row.bytes <= EMAIL_HTML_BUDGET);
console.log(`\ngoal: every e-mail ≤ ${kb(EMAIL_HTML_BUDGET)}: ${all ? 'MET' : 'NOT MET'}; hard limit ${kb(HARD_LIMIT)}: ${rows.every((row) => row.bytes <= HARD_LIMIT) ? 'MET' : 'NOT MET'}`);
