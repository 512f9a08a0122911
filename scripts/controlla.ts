/**
 * npm run controlla [-- --dist DIR] [--markdown FILE]: checks all content without building (fast)
 * and reports what to look at for the next issue; with a built site, also its broken internal links.
 * `--markdown FILE` also appends the report as Markdown to FILE (CI: "$GITHUB_STEP_SUMMARY").
 * Exit code 1 only for errors.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { contentDirFrom, loadContent } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { checkContent } from '../src/lib/editor/check.ts';
import { findBrokenLinks } from '../src/lib/editor/links.ts';
import { formatNextIssue, formatReport, hasErrors } from '../src/lib/editor/report.ts';
import { EXIT } from '../src/lib/cli/exit-codes.ts';

const { values } = commandLine({
  name: 'controlla',
  options: { dist: { type: 'string', default: 'dist' }, markdown: { type: 'string' }, prossimo: { type: 'boolean', default: false } },
  help: {
    usage: 'npm run controlla [-- --prossimo] [--dist CARTELLA] [--markdown FILE]',
    summary: 'Controlla tutte le schede senza costruire il sito (pochi secondi) e dice che cosa guardare per il prossimo numero:\nerrori da correggere, doppioni, informazioni mancanti, contatti sospetti, annunci in scadenza o scaduti.\nSe il sito è già costruito controlla anche i suoi link interni. Esce con codice 1 solo se ci sono errori.',
    options: {
      dist: { value: 'CARTELLA', text: 'il sito costruito di cui controllare i link (di solito dist)' },
      prossimo: { text: 'mostra solo il numero di lunedì prossimo: nuovi, quelli che restano, quelli che escono, le bozze pronte' },
      markdown: { value: 'FILE', text: 'aggiunge il rapporto in Markdown a FILE (per la CI)' },
    },
    examples: ['npm run controlla', 'npm run controlla -- --prossimo'],
    notes: ['Variabili: BULLETIN_DATE=AAAA-MM-GG fa finta che oggi sia quel giorno; BULLETIN_CONTENT_DIR indica un\'altra cartella dei contenuti.'],
  },
});
const { items, problems, notices } = loadContent(contentDirFrom());
const checkedLinks = existsSync(values.dist);
const report = checkContent(items, problems, bulletinToday(), checkedLinks ? findBrokenLinks(values.dist) : [], notices);
if (values.prossimo) {
  console.log(formatNextIssue(report.next));
  if (hasErrors(report)) console.log(`\nAttenzione: ${problems.length} errori; le schede con errori non sono contate. Per vederli: npm run controlla`);
} else {
  console.log(formatReport(report, { checkedLinks }));
}
if (values.markdown) appendFileSync(values.markdown, formatReport(report, { checkedLinks, markdown: true }));
process.exitCode = hasErrors(report) ? EXIT.content : EXIT.ok;
