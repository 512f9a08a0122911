/**
 * The current issue as WhatsApp and Telegram messages, from the same issue data as the
 * e-mail, in the reader's language: one block per item (title, marks, main facts, how to
 * apply, link to its page). Every word comes from the issue data (the dictionaries).
 */
import type { CardData, IssueData } from '../view/issue-data.ts';
import { MESSAGE_DELIMITER, packMessages, TELEGRAM_LIMIT, WHATSAPP_LIMIT } from './split.ts';

export type Channel = 'whatsapp' | 'telegram';

interface Style {
  /** Every text we did not write ourselves (editors' words, the dictionaries' words): neutralised for the channel. */
  text: (text: string) => string;
  /** Lines of Arabic text keep numbers and links whole inside Unicode isolates. */
  ltr: (text: string) => string;
  bold: (text: string) => string;
  /** An item's title, the first line of its block. */
  title: (text: string) => string;
  heading: (text: string) => string;
  limit: number;
}

/** Bidirectional controls: an editor's U+2069 would close our isolates early, an U+202E reverse a number. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** WhatsApp's formatting marks (`*bold*`, `_italic_`, `~struck~`, ``` ```mono``` ```, `` `code` ``), and `>` opening a quote. */
const WHATSAPP_MARKS: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/** Text for a channel: no bidi controls of its own; for WhatsApp, its marks turned into look-alikes that format nothing. */
export function channelText(channel: Channel, text: string): string {
  const plain = text.replace(BIDI_CONTROLS, '');
  return channel === 'whatsapp' ? plain.replace(/[*_~`]/g, (mark) => WHATSAPP_MARKS[mark]!).replace(/^>/gm, '›') : plain;
}

function styleOf(channel: Channel, data: IssueData): Style {
  const upper = (text: string) => text.toLocaleUpperCase(data.lang);
  const text = (value: string) => channelText(channel, value);
  // Links, addresses and numbers keep their characters (a "_" in an address is part of it); only bidi controls go.
  const ltr = (value: string) => {
    const plain = value.replace(BIDI_CONTROLS, '');
    return data.dir === 'rtl' ? `\u2066${plain}\u2069` : plain;
  };
  const own = STYLES[channel];
  return { text, ltr, bold: (value) => own.bold(text(value)), title: (value) => own.title(text(value)), heading: (value) => own.heading(text(upper(value))), limit: own.limit };
}

/** Our own formatting, around text already neutralised by `channelText`. */
const STYLES: Record<Channel, Omit<Style, 'ltr' | 'text'>> = {
  whatsapp: { bold: (text) => `*${text}*`, title: (text) => `*${text}*`, heading: (text) => `*${text}*`, limit: WHATSAPP_LIMIT },
  // Sent as plain text (no parse mode): nothing editors write can break the formatting.
  telegram: { bold: (text) => text, title: (text) => `► ${text}`, heading: (text) => `=== ${text} ===`, limit: TELEGRAM_LIMIT },
};

/** Short lines for phones: the facts wrapped at their separators. */
export function wrapFacts(line: string, width = 48): string[] {
  const lines: string[] = [];
  for (const fact of line.split(' · ').filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 3 + fact.length <= width) lines[last] += ` · ${fact}`;
    else lines.push(fact);
  }
  return lines;
}

function itemBlock(card: CardData, data: IssueData, style: Style): string {
  const lines = [style.title(card.title)];
  // "Closed" and "ends this week" are said by the deadline line below.
  const { text } = style;
  const marks = card.marks.filter((mark) => mark.code !== 'closed' && mark.code !== 'soon').map((mark) => text(mark.label));
  if (marks.length) lines.push(marks.join(' · '));
  if (card.by) lines.push(text(card.by));
  if (card.autoNote) lines.push(`(${text(card.autoNote)})`);
  lines.push(...wrapFacts(text(card.factLine)));
  if (card.closed) lines.push(text(`${card.closedWords ?? data.words.closed}: ${card.closedNoApply}`));
  else if (card.deadline) lines.push(text(card.deadline));
  // Links and addresses written out whole so the app makes them tappable; where to go in person is editors' words. A closed card has none.
  for (const action of card.actions) {
    const target = action.kind === 'url' && action.href ? style.ltr(action.href) : action.kind === 'email' || action.kind === 'phone' || action.kind === 'whatsapp' ? style.ltr(action.text) : style.ltr(text(action.text));
    lines.push(`${text(action.verb)}: ${target}`);
  }
  if (card.applyNote) lines.push(text(card.applyNote));
  lines.push(`${text(data.words.details)}: ${style.ltr(card.url)}`);
  return lines.join('\n');
}

/** The blocks of a channel text, before packing into messages. */
export function channelBlocks(data: IssueData, channel: Channel): string[] {
  const style = styleOf(channel, data);
  const blocks = [[style.bold(data.name), style.bold(`${data.number} — ${data.date}`), style.text(data.summary), `${style.text(data.words.readIssueOnSite)}: ${style.ltr(data.url)}`].join('\n')];
  for (const section of data.sections) {
    // Items closed since the Monday are left out: a channel message cannot be corrected once read.
    const open = section.cards.filter((card) => !card.closed);
    const [first, ...rest] = open;
    if (!first) continue;
    const total = section.total - (section.cards.length - open.length);
    // A heading never ends a message on its own: it travels with its first item.
    blocks.push(`${style.heading(`${section.title} (${total})`)}\n\n${itemBlock(first, data, style)}`);
    for (const card of rest) blocks.push(itemBlock(card, data, style));
  }
  // Arabic lines: the editors' name isolated, so the colon stays after it.
  const contact = style.text(data.contact.name);
  blocks.push(`${data.dir === 'rtl' ? `\u2068${contact}\u2069` : contact}: ${style.ltr(data.contact.email)}`);
  // The delimiter is ours: editors' text cannot fake a message boundary.
  return blocks.map((block) => block.replaceAll(MESSAGE_DELIMITER, MESSAGE_DELIMITER.replace('✂', '')));
}

export function channelMessages(data: IssueData, channel: Channel): string[] {
  return packMessages(channelBlocks(data, channel), STYLES[channel].limit);
}
