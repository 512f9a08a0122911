/**
 * Channel texts as messages under a platform's size limit, and the file that holds them:
 * messages one after the other, separated by `MESSAGE_DELIMITER` on a line of its own.
 */

/** Between two messages in a channel file; never produced by the messages themselves. */
export const MESSAGE_DELIMITER = '✂ ---------- messaggio successivo ----------';

/** Telegram's limit for one message's text (UTF-16 code units, as JavaScript counts). */
export const TELEGRAM_LIMIT = 4096;
/** WhatsApp allows much more, but long messages fold behind "Leggi altro" on phones: keep them short. */
export const WHATSAPP_LIMIT = 1500;

/** Cuts a text that is longer than `limit` at line ends, then at spaces, then anywhere. */
function cut(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let at = window.lastIndexOf('\n');
    if (at <= 0) at = window.lastIndexOf(' ');
    if (at <= 0) at = limit;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^[\n ]+/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}

/**
 * Packs blocks (an item, a heading with its first item…) into as few messages as fit:
 * blocks are kept whole, separated by a blank line; only a block longer than `limit` is cut.
 */
export function packMessages(blocks: readonly string[], limit: number): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => cut(b.trim(), limit)).filter(Boolean)) {
    const joined = current ? `${current}\n\n${block}` : block;
    if (joined.length <= limit) {
      current = joined;
    } else {
      messages.push(current);
      current = block;
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** The file: messages separated by the delimiter line. */
export function joinMessages(messages: readonly string[]): string {
  return `${messages.join(`\n\n${MESSAGE_DELIMITER}\n\n`)}\n`;
}

/** Back from the file to the messages (what `npm run telegram` posts). */
export function splitMessages(file: string): string[] {
  return file.split(`\n${MESSAGE_DELIMITER}\n`).map((message) => message.trim()).filter(Boolean);
}
