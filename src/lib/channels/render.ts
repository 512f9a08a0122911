/**
 * The current issue as WhatsApp and Telegram messages, from the same issue data as the
 * e-mail, in the reader's language: one block per item (title, marks, main facts, how to
 * apply, link to its page). Every word comes from the issue data (the dictionaries).
 */
import type { CardData, IssueData } from '../view/issue-data.ts';
import { MESSAGE_DELIMITER, packMessages, TELEGRAM_LIMIT, WHATSAPP_LIMIT } from './split.ts';

export type Channel = 'whatsapp' | 'telegram';

interface Style {
  /** Lines of Arabic text keep numbers and links whole inside Unicode isolates. */
  ltr: (text: string) => string;
  bold: (text: string) => string;
  /** An item's title, the first line of its block. */
  title: (text: string) => string;
  heading: (text: string) => string;
  limit: number;
}

/** WhatsApp reads `*…*` as bold: an asterisk in editors' text must not open or close it. */
const whatsappText = (text: string) => text.replace(/\*/g, '∗');

function styleOf(channel: Channel, data: IssueData): Style {
  const upper = (text: string) => text.toLocaleUpperCase(data.lang);
  const ltr = (text: string) => (data.dir === 'rtl' ? `\u2066${text}\u2069` : text);
  return { ...STYLES[channel], ltr, heading: (text) => STYLES[channel].heading(upper(text)) };
}

const STYLES: Record<Channel, Omit<Style, 'ltr'>> = {
  whatsapp: { bold: (text) => `*${whatsappText(text)}*`, title: (text) => `*${whatsappText(text)}*`, heading: (text) => `*${whatsappText(text)}*`, limit: WHATSAPP_LIMIT },
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
  const marks = card.marks.filter((mark) => mark.code !== 'closed' && mark.code !== 'soon').map((mark) => mark.label);
  if (marks.length) lines.push(marks.join(' · '));
  if (card.by) lines.push(card.by);
  if (card.autoNote) lines.push(`(${card.autoNote})`);
  lines.push(...wrapFacts(card.factLine));
  if (card.closed) lines.push(`${card.closedWords ?? data.words.closed}: ${card.closedNoApply}`);
  else if (card.deadline) lines.push(card.deadline);
  // Links written out so the app makes them tappable; numbers are tappable as they are. A closed card has none.
  for (const action of card.actions) lines.push(`${action.verb}: ${style.ltr(action.kind === 'url' && action.href ? action.href : action.text)}`);
  if (card.applyNote) lines.push(card.applyNote);
  lines.push(`${data.words.details}: ${style.ltr(card.url)}`);
  return lines.join('\n');
}

/** The blocks of a channel text, before packing into messages. */
export function channelBlocks(data: IssueData, channel: Channel): string[] {
  const style = styleOf(channel, data);
  const blocks = [[style.bold(data.name), style.bold(`${data.number} — ${data.date}`), data.summary, `${data.words.readIssueOnSite}: ${style.ltr(data.url)}`].join('\n')];
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
  blocks.push(`${data.dir === 'rtl' ? `\u2068${data.contact.name}\u2069` : data.contact.name}: ${style.ltr(data.contact.email)}`);
  // The delimiter is ours: editors' text cannot fake a message boundary.
  return blocks.map((block) => block.replaceAll(MESSAGE_DELIMITER, MESSAGE_DELIMITER.replace('✂', '')));
}

export function channelMessages(data: IssueData, channel: Channel): string[] {
  return packMessages(channelBlocks(data, channel), STYLES[channel].limit);
}
