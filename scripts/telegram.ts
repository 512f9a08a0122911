/**
 * npm run telegram [-- --week 2026-W48] [--dist DIR] [--lingua it] [--stato DIR]
 * Posts the issue's Telegram messages (dist/canali/<week>.telegram.<lang>.txt) to the channel
 * TELEGRAM_CHAT_ID with the bot TELEGRAM_BOT_TOKEN, once per week; a stopped run is resumed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { channelFile } from '../src/lib/channels/write.ts';
import { splitMessages } from '../src/lib/channels/split.ts';
import { postToTelegram, TelegramError } from '../src/lib/channels/telegram.ts';
import { bulletinToday, isWeekId, weekOf } from '../src/lib/issue/dates.ts';
import { EXIT } from '../src/lib/cli/exit-codes.ts';

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
    summary: 'Pubblica sul canale Telegram i messaggi del numero (già costruito con npm run build o npm run pubblica), una volta\nsola per settimana. Se si interrompe, rilancialo: riprende dal messaggio dove si era fermato.',
    options: {
      week: { value: 'SETTIMANA', text: 'il numero da pubblicare, per esempio 2026-W48 (di solito quello di questa settimana)' },
      dist: { value: 'CARTELLA', text: 'il sito costruito (di solito dist)' },
      lingua: { value: 'LINGUA', text: 'la lingua dei messaggi: it, ar, en, es, fr o si' },
      stato: { value: 'CARTELLA', text: 'dove ricordare che cosa è già stato pubblicato' },
    },
    notes: ['Variabili: TELEGRAM_BOT_TOKEN (il token del bot, da @BotFather) e TELEGRAM_CHAT_ID (il canale, per esempio @nome_del_canale).'],
  },
} as const;
const { values } = commandLine(spec);

const week = values.week ?? weekOf(bulletinToday());
const token = process.env['TELEGRAM_BOT_TOKEN'];
const chatId = process.env['TELEGRAM_CHAT_ID'];
if (!isWeekId(week)) usageError(spec, `--week "${week}" non è una settimana valida: scrivila come 2026-W48.`);
if (!token || !chatId) {
  console.error('Mancano TELEGRAM_BOT_TOKEN (il token del bot, da @BotFather) o TELEGRAM_CHAT_ID (il canale, per esempio @nome_del_canale).');
  process.exit(EXIT.usage);
}

const file = join(values.dist, 'canali', channelFile(week, 'telegram', values.lingua));
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
    messages,
    stateFile: join(values.stato, `${week}.${values.lingua}.json`),
    log: (line) => console.log(line),
  });
  console.log(result.posted === 0 && result.skipped === result.total
    ? `Il numero ${week} era già stato pubblicato su Telegram (${result.total} messaggi): niente di nuovo.`
    : `Numero ${week} pubblicato su Telegram: ${result.posted} messaggi ora${result.skipped ? `, ${result.skipped} già prima` : ''}.`);
} catch (error) {
  console.error(error instanceof TelegramError ? error.message : `Pubblicazione su Telegram non riuscita: ${error instanceof Error ? error.message.replaceAll(token, '***') : 'errore sconosciuto'}`);
  process.exitCode = EXIT.incomplete;
}
