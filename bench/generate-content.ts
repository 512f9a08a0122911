/**
 * npm run generate:content -- --out DIR --items N --weeks W --seed S --until YYYY-MM-DD
 * Writes N realistic, valid items (offers, courses, services ≈ 60/25/15) into DIR/offers,
 * DIR/courses and DIR/services, spread over W weeks ending at --until. Same seed, same files.
 * Build them with BULLETIN_CONTENT_DIR=DIR BULLETIN_DATE=<until> npm run build -- --out …
 */
import { resolve } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { kindCounts, writeContent } from './generate/content.ts';

const { values } = commandLine({
  name: 'generate:content',
  options: {
    out: { type: 'string' },
    items: { type: 'string', default: '1000' },
    weeks: { type: 'string', default: '104' },
    seed: { type: 'string', default: 'bollettino' },
    until: { type: 'string', default: '2026-11-23' },
  },
  help: {
    usage: 'npm run generate:content -- [opzioni]',
    summary: 'Genera contenuti di prova (offerte, corsi, servizi) in una cartella, per i benchmark e le prove di carico.',
    options: {
      out: { value: 'CARTELLA', text: 'dove scrivere i contenuti (obbligatoria)' },
      items: { value: 'N', text: 'quanti annunci (predefinito 1000)' },
      weeks: { value: 'N', text: 'su quante settimane (predefinito 104)' },
      seed: { value: 'TESTO', text: 'seme (stesso seme, stessi contenuti)' },
      until: { value: 'AAAA-MM-GG', text: "l'ultimo lunedì (predefinito 2026-11-23)" },
    },
  },
});

if (!values.out) {
  console.error('Uso: node bench/generate-content.ts --out CARTELLA [--items N] [--weeks W] [--seed S] [--until AAAA-MM-GG]');
  process.exit(2);
}

const options = { items: Number(values.items), weeks: Number(values.weeks), seed: values.seed, until: values.until };
try {
  const started = performance.now();
  const files = writeContent(resolve(values.out), options);
  const counts = kindCounts(options.items);
  console.log(`${files.length} schede in ${resolve(values.out)} (${counts.offer} offerte, ${counts.course} corsi, ${counts.service} servizi), ${options.weeks} settimane fino al ${options.until}, seed ${options.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
