/**
 * The tutors' desk: `npm run iscritti -- aggiungi|cancella|elenco|importa|esporta|esporta-csv|backup`.
 * Italian messages, addresses masked except where showing them is the point (`elenco
 * --mostra`, `esporta` of one person's data, `esporta-csv`); never a stack trace.
 */
import { EXIT } from '../cli/exit-codes.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { wrongArguments } from '../cli/command-line.ts';
import { isLang, LANGS, type Lang } from '../../i18n/languages.ts';
import type { Settings } from '../settings/settings.ts';
import { singleAddress } from '../send/address.ts';
import { maskAddresses, maskEmail } from '../send/mask.ts';
import { LANG_NAMES } from '../send/message.ts';
import { isInside, realPath } from '../files/paths.ts';
import { parseSubscribers, SubscribersFileError } from '../send/subscribers.ts';
import { DatabaseError, databaseLocation, openDatabase } from './database.ts';
import { privacyVersion } from './privacy.ts';
import { SubscriberStore, type StatusCount } from './store.ts';
import { unsubscribeKeyFor } from './tokens.ts';

export const DESK_USAGE = `Uso: npm run iscritti -- COMANDO …

  aggiungi INDIRIZZO --lingua ar --consenso "modulo firmato 2026-12-03" [--nome NOME] [--fonte sportello]
                         iscrive subito una persona che ha dato il consenso di persona
  cancella INDIRIZZO     cancella tutti i dati di una persona (resta solo un'impronta per non scriverle più)
  elenco [--mostra]      quanti iscritti per stato e lingua (--mostra: anche gli indirizzi)
  importa FILE.csv [--consenso "…"]   importa il file degli iscritti (email,name,status[,lang])
  esporta INDIRIZZO      mostra tutto quello che teniamo su una persona (richiesta di accesso)
  esporta-csv [FILE.csv] gli iscritti attivi nel formato di npm run send (senza FILE: a schermo)
  backup FILE            copia completa del database, anche con il servizio avviato

Database: data/iscritti.sqlite (o SUBSCRIBERS_DB), PostgreSQL con DATABASE_URL.
aggiungi e importa chiedono UNSUBSCRIBE_SECRET (la stessa di npm run send e npm run iscrizioni).`;

const DESK_OPTIONS = {
  lingua: { type: 'string' }, fonte: { type: 'string' }, consenso: { type: 'string' }, nome: { type: 'string' },
  mostra: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface DeskCommand {
  args: string[];
  settings: Settings;
  env: Record<string, string | undefined>;
  /** Today's moment (the real clock). */
  now: Date;
  out: (line: string) => void;
  error: (line: string) => void;
  /** The published site's folder: exports inside it are refused. */
  distDir?: string;
}

class UsageError extends Error {}

const STATUS_NAMES: Record<StatusCount['status'], string> = { active: 'attivi', pending: 'in attesa di conferma', suppressed: 'disiscritti o cancellati (solo impronta)' };

function address(value: string | undefined, command: string): string {
  if (!value) throw new UsageError(`Indica l'indirizzo: npm run iscritti -- ${command} INDIRIZZO`);
  const checked = singleAddress(value, command);
  if ('problem' in checked) throw new UsageError(checked.problem);
  return checked.address;
}

function secretFrom(env: Record<string, string | undefined>): string {
  const secret = env['UNSUBSCRIBE_SECRET'] ?? '';
  if (secret.length < 16) throw new UsageError('Manca UNSUBSCRIBE_SECRET (almeno 16 caratteri): serve per il link di cancellazione di ogni iscritto. Usa la stessa di npm run send.');
  return secret;
}

function langFrom(value: string | undefined): Lang {
  if (value === undefined) return 'it';
  if (!isLang(value)) throw new UsageError(`--lingua "${value}" non è tra le lingue del bollettino: ${LANGS.join(', ')}.`);
  return value;
}

/** `"Nome ""Soprannome"""` when needed: the CSV `npm run send` reads. */
function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export async function runDeskCommand(command: DeskCommand): Promise<number> {
  const out = command.out;
  const error = (line: string) => command.error(maskAddresses(line));
  let parsed;
  try {
    parsed = parseArgs({
      args: command.args,
      allowPositionals: true,
      options: DESK_OPTIONS,
    });
  } catch (caught) {
    error(`npm run iscritti: ${wrongArguments(caught, Object.keys(DESK_OPTIONS))}\n\n${DESK_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [name, argument, ...extra] = positionals;
  if (values.help || name === undefined || name === 'aiuto') {
    (values.help ? out : error)(DESK_USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const commands = ['aggiungi', 'cancella', 'elenco', 'importa', 'esporta', 'esporta-csv', 'backup'];
  if (!commands.includes(name)) {
    error(`Comando sconosciuto "${name}". Comandi: ${commands.join(', ')}.\n\n${DESK_USAGE}`);
    return EXIT.usage;
  }
  if (extra.length) {
    error(`Troppi argomenti dopo "${name}": ${maskAddresses(extra.join(' '))}. Se il nome o il consenso hanno spazi, mettili tra virgolette.`);
    return EXIT.usage;
  }

  let opened;
  try {
    // Checked before the database opens: a wrong command creates nothing.
    const checked = checkArguments(name, argument, values, command);
    opened = await openDatabase(databaseLocation(command.env));
    const store = new SubscriberStore(opened.db, opened.backend);
    return await run(name, checked, values, store, opened.file, command, out);
  } catch (caught) {
    if (caught instanceof UsageError || caught instanceof DatabaseError || caught instanceof SubscribersFileError) {
      error(caught.message);
      return EXIT.usage;
    }
    const code = (caught as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      error(`File non trovato: ${(caught as NodeJS.ErrnoException).path ?? argument ?? ''}`);
      return EXIT.usage;
    }
    error(`Non fatto: ${(caught as Error).message}`);
    return EXIT.incomplete;
  } finally {
    await opened?.close();
  }
}

interface Checked {
  email?: string;
  file?: string;
  secret?: string;
  lang?: Lang;
}

function checkArguments(name: string, argument: string | undefined, values: Record<string, string | boolean | undefined>, command: DeskCommand): Checked {
  switch (name) {
    case 'aggiungi': {
      const email = address(argument, name);
      const fonte = (values['fonte'] as string | undefined) ?? 'sportello';
      if (fonte !== 'sportello') throw new UsageError(`--fonte "${fonte}": da qui si iscrive solo allo sportello (--fonte sportello). Chi si iscrive dal sito usa il modulo; per un file usa "importa".`);
      const consent = (values['consenso'] as string | undefined)?.trim();
      if (!consent) throw new UsageError('Scrivi come hai raccolto il consenso: --consenso "modulo firmato 2026-12-03". Senza consenso non si iscrive nessuno.');
      return { email, lang: langFrom(values['lingua'] as string | undefined), secret: secretFrom(command.env) };
    }
    case 'cancella':
    case 'esporta':
      return { email: address(argument, name) };
    case 'elenco':
      if (argument) throw new UsageError(`"elenco" non vuole argomenti (trovato "${maskAddresses(argument)}"); per vedere gli indirizzi: elenco --mostra.`);
      return {};
    case 'importa':
      if (!argument) throw new UsageError('Indica il file: npm run iscritti -- importa iscritti.csv');
      return { file: argument, secret: secretFrom(command.env) };
    case 'esporta-csv':
    case 'backup': {
      if (name === 'backup' && !argument) throw new UsageError('Indica dove scrivere la copia: npm run iscritti -- backup copie/iscritti-2026-12-03.sqlite');
      if (argument && existsSync(argument)) throw new UsageError(`${argument} esiste già: scegli un nome nuovo (non sovrascrivo file che non ho creato).`);
      if (argument && command.distDir && existsSync(command.distDir) && isInside(realPath(argument), realPath(command.distDir))) {
        throw new UsageError(`${argument} è dentro la cartella del sito pubblicato (${command.distDir}): chiunque potrebbe leggerlo. Scegli una cartella fuori.`);
      }
      return argument ? { file: argument } : {};
    }
    default:
      return {};
  }
}

async function run(name: string, checked: Checked, values: Record<string, string | boolean | undefined>, store: SubscriberStore, sqliteFile: string | undefined, command: DeskCommand, out: (line: string) => void): Promise<number> {
  const { now, settings } = command;
  const log = (line: string) => out(maskAddresses(line));
  switch (name) {
    case 'aggiungi': {
      const email = checked.email!;
      const outcome = await store.addInPerson({
        email, name: (values['nome'] as string | undefined)?.trim() || null, lang: checked.lang!, source: 'sportello',
        consentVersion: privacyVersion(settings), consentNote: (values['consenso'] as string).trim().slice(0, 200),
        unsubscribeKey: unsubscribeKeyFor(email, checked.secret!), now,
      });
      const masked = maskEmail(email);
      if (outcome === 'suppressed') {
        command.error(`${masked} si è disiscritto (o ha chiesto la cancellazione): non lo iscrivo di nuovo da qui. Può iscriversi da solo con il modulo del sito, confermando dalla sua e-mail.`);
        return EXIT.content;
      }
      log(outcome === 'already-active' ? `${masked} era già iscritto: niente da cambiare.` : `${masked} iscritto, attivo da subito (${LANG_NAMES[checked.lang!]}, sportello).`);
      return EXIT.ok;
    }
    case 'cancella': {
      const changed = await store.suppress(checked.email!, 'cancellato', now);
      log(changed ? `${maskEmail(checked.email!)}: dati cancellati. Resta solo un'impronta cifrata dell'indirizzo, per non scrivergli più.` : `${maskEmail(checked.email!)}: non c'era niente da cancellare (già cancellato o mai iscritto).`);
      return EXIT.ok;
    }
    case 'elenco': {
      const counts = await store.countsByStatus();
      if (!counts.length) {
        out('Nessun iscritto nel database.');
        return EXIT.ok;
      }
      for (const status of ['active', 'pending', 'suppressed'] as const) {
        const rows = counts.filter((row) => row.status === status);
        if (!rows.length) continue;
        const total = rows.reduce((sum, row) => sum + row.count, 0);
        const byLang = rows.filter((row) => row.lang).map((row) => `${LANG_NAMES[row.lang!]} ${row.count}`).join(', ');
        out(`${STATUS_NAMES[status]}: ${total}${byLang ? ` (${byLang})` : ''}`);
      }
      const subscribers = await store.allSubscribers();
      for (const row of subscribers) {
        const shown = values['mostra'] ? row.email : maskEmail(row.email);
        out(`  ${shown}  ${row.status === 'active' ? 'attivo' : 'in attesa'}  ${row.lang}  ${row.source}  dal ${row.signed_up_at.slice(0, 10)}`);
      }
      return EXIT.ok;
    }
    case 'importa': {
      const list = parseSubscribers(readFileSync(checked.file!, 'utf8'));
      for (const problem of list.problems) command.error(`${checked.file}, riga ${problem.line}: ${problem.message}`);
      for (const warning of list.warnings) command.error(`${checked.file}, riga ${warning.line}: ${warning.message}`);
      const tally = { added: 0, activated: 0, 'already-active': 0, suppressed: 0 };
      const note = (values['consenso'] as string | undefined)?.trim() || `iscrizione precedente (file ${checked.file!.split(/[\\/]/).pop()})`;
      for (const row of list.active) {
        const outcome = await store.addInPerson({
          email: row.email, name: row.name || null, lang: row.lang ?? 'it', source: 'importazione', consentVersion: privacyVersion(settings),
          consentNote: note.slice(0, 200), unsubscribeKey: unsubscribeKeyFor(row.email, checked.secret!), now,
        });
        tally[outcome]++;
      }
      let unsubscribed = 0;
      for (const email of list.unsubscribedAddresses) if (await store.suppress(email, 'disiscritto', now)) unsubscribed++;
      out(`Importati: ${tally.added} nuovi, ${tally.activated} riattivati, ${tally['already-active']} già iscritti; ${unsubscribed} disiscritti messi nella lista di esclusione; ${tally.suppressed} saltati perché disiscritti in passato; ${list.problems.length} righe scartate.`);
      return list.problems.length ? EXIT.content : EXIT.ok;
    }
    case 'esporta': {
      const held = await store.heldData(checked.email!);
      if (!held.subscriber && !held.suppression) {
        out(`Non teniamo nessun dato su ${checked.email}.`);
        return EXIT.ok;
      }
      if (held.subscriber) {
        const s = held.subscriber;
        out([
          `Dati tenuti su ${s.email}:`,
          `  nome: ${s.name ?? '(non indicato)'}`,
          `  lingua: ${LANG_NAMES[s.lang]} (${s.lang})`,
          `  stato: ${s.status === 'active' ? 'iscritto' : 'in attesa di conferma'}`,
          `  come si è iscritto: ${s.source}${s.consent_note ? ` — ${s.consent_note}` : ''}`,
          `  versione dell'informativa accettata: ${s.consent_version}`,
          `  iscrizione: ${s.signed_up_at}${s.signup_ip_hash ? ` (impronta della rete: ${s.signup_ip_hash})` : ''}`,
          `  conferma: ${s.confirmed_at ?? '(non ancora)'}${s.confirm_ip_hash ? ` (impronta della rete: ${s.confirm_ip_hash})` : ''}`,
        ].join('\n'));
      }
      if (held.suppression) out(`  lista di esclusione: ${held.suppression.reason} il ${held.suppression.at} (teniamo solo un'impronta cifrata dell'indirizzo)`);
      return EXIT.ok;
    }
    case 'esporta-csv': {
      const recipients = await store.activeRecipients();
      const csv = ['email,name,status,lang', ...recipients.map((r) => [r.email, csvCell(r.name), 'active', r.lang].join(','))].join('\n') + '\n';
      if (checked.file) {
        writeFileSync(checked.file, csv, { flag: 'wx', mode: 0o600 });
        log(`${recipients.length} iscritti attivi scritti in ${checked.file} (contiene dati personali: non pubblicarlo, non mandarlo per e-mail).`);
      } else {
        out(csv.trimEnd());
      }
      return EXIT.ok;
    }
    case 'backup': {
      if (store.backend === 'postgres') {
        command.error(`Il database è PostgreSQL: per la copia usa pg_dump, per esempio\n  pg_dump --format=custom --file=${checked.file} "$DATABASE_URL"\n(deploy/ ha l'esempio del backup quotidiano).`);
        return EXIT.usage;
      }
      await store.backupTo(checked.file!);
      log(`Copia del database ${sqliteFile ?? ''} scritta in ${checked.file} (contiene dati personali: tienila al sicuro).`);
      return EXIT.ok;
    }
  }
  return EXIT.usage;
}
