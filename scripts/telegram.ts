/**
 * npm run telegram [-- --week 2026-W48] [--dist DIR] [--lingua it] [--stato DIR]
 * Posts the issue's Telegram messages (dist/canali/<week>.telegram.<lang>.txt) to the channel
 * TELEGRAM_CHAT_ID with the bot TELEGRAM_BOT_TOKEN, once per chat and week; a stopped run is resumed.
 * TELEGRAM_TIMEOUT_MS limits each Bot API call (default 30 s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { channelFile } from '../src/lib/channels/write.ts';
import { splitMessages } from '../src/lib/channels/split.ts';
import { DEFAULT_TIMEOUT_MS, postToTelegram, TelegramError } from '../src/lib/channels/telegram.ts';
import { bulletinToday, isWeekId, weekOf } from '../src/lib/issue/dates.ts';
import { EXIT, exitCodeOf } from '../src/lib/cli/exit-codes.ts';
import { isLang, LANGS } from '../src/i18n/languages.ts';

const spec = {
  name: 'telegram',
  options: {
    week: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    lingua: { type: 'string', default: 'it' },
    stato: { type: 'string', default: 'out/telegram-state' },
  },
  help: {
    usage: 'npm run telegram [-- --week 2026-W48] [--dist CARTELLA] [--lingua it] [--stato CARTELLA]',
    summary: 'Pubblica sul canale Telegram i messaggi del numero (già costruito con npm run build o npm run pubblica), una volta\nsola per canale e settimana. Se si interrompe, rilancialo: pubblica solo i messaggi che Telegram non ha confermato.',
    options: {
      week: { value: 'SETTIMANA', text: 'il numero da pubblicare, per esempio 2026-W48 (di solito quello di questa settimana)' },
      dist: { value: 'CARTELLA', text: 'il sito costruito (di solito dist)' },
      lingua: { value: 'LINGUA', text: 'la lingua dei messaggi: it, ar, en, es, fr o si' },
      stato: { value: 'CARTELLA', text: 'dove ricordare che cosa è già stato pubblicato, per canale (di solito out/telegram-state)' },
    },
    notes: [
      'Variabili: TELEGRAM_BOT_TOKEN (il token del bot, da @BotFather), TELEGRAM_CHAT_ID (il canale, per esempio @nome_del_canale',
      'o il suo numero) e TELEGRAM_TIMEOUT_MS (quanto aspettare ogni risposta di Telegram, in millesimi di secondo; di solito 30000).',
      'Codici di uscita: 0 fatto, 3 pubblicazione non completa (rilancia), 4 argomenti o impostazioni sbagliati.',
    ],
  },
} as const;
const { values } = commandLine(spec);

const week = values.week ?? weekOf(bulletinToday());
const token = process.env['TELEGRAM_BOT_TOKEN'];
const chatId = process.env['TELEGRAM_CHAT_ID'];
if (!isWeekId(week)) usageError(spec, `--week "${week}" non è una settimana valida: scrivila come 2026-W48.`);
const lang = values.lingua;
if (!isLang(lang)) usageError(spec, `--lingua "${lang}" non è una lingua del bollettino: scegli tra ${LANGS.join(', ')}.`);
const timeoutText = process.env['TELEGRAM_TIMEOUT_MS'] || String(DEFAULT_TIMEOUT_MS);
const timeoutMs = Number(timeoutText);
if (!/^\d+$/.test(timeoutText) || timeoutMs < 1) {
  console.error(`TELEGRAM_TIMEOUT_MS "${timeoutText}" non è un numero di millisecondi: per esempio 30000 (30 secondi).`);
  process.exit(EXIT.usage);
}
if (!token || !chatId) {
  console.error('Mancano TELEGRAM_BOT_TOKEN (il token del bot, da @BotFather) o TELEGRAM_CHAT_ID (il canale, per esempio @nome_del_canale).');
  process.exit(EXIT.usage);
}

const file = join(values.dist, 'canali', channelFile(week, 'telegram', lang));
let messages: string[];
try {
  messages = splitMessages(readFileSync(file, 'utf8'));
} catch {
  console.error(`Non trovo ${file}: costruisci prima il numero (npm run build o npm run pubblica).`);
  process.exit(EXIT.usage);
}

try {
  const result = await postToTelegram({
    apiUrl: process.env['TELEGRAM_API_URL'] || 'https://api.telegram.org',
    token,
    chatId,
    week,
    lang,
    messages,
    stateDir: values.stato,
    timeoutMs,
    log: (line) => console.log(line),
  });
  console.log(result.posted === 0 && result.skipped === result.total
    ? `Il numero ${week} era già stato pubblicato su Telegram (${result.total} messaggi): niente di nuovo.`
    : `Numero ${week} pubblicato su Telegram: ${result.posted} messaggi ora${result.skipped ? `, ${result.skipped} già prima` : ''}.${result.uncertain ? ` ${result.uncertain} di questi erano in invio quando la volta precedente si è interrotta: controlla il canale, potrebbero comparire due volte.` : ''}`);
} catch (error) {
  console.error(error instanceof TelegramError ? error.message : `Pubblicazione su Telegram non riuscita: ${error instanceof Error ? error.message.replaceAll(token, '***') : 'errore sconosciuto'}`);
  process.exitCode = exitCodeOf(error, 'incomplete');
}
