/**
 * The current issue as WhatsApp and Telegram messages, from the same issue data as the
 * e-mail: one block per item (title, marks, main facts, how to apply, link to its page).
 */
import type { CardData, IssueData } from '../view/issue-data.ts';
import { MESSAGE_DELIMITER, packMessages, TELEGRAM_LIMIT, WHATSAPP_LIMIT } from './split.ts';
import type { ChannelWords } from './words.ts';

export type Channel = 'whatsapp' | 'telegram';

interface Style {
  bold: (text: string) => string;
  /** An item's title, the first line of its block. */
  title: (text: string) => string;
  heading: (text: string) => string;
  limit: number;
}

/** WhatsApp reads `*…*` as bold: an asterisk in editors' text must not open or close it. */
const whatsappText = (text: string) => text.replace(/\*/g, '∗');

const STYLES: Record<Channel, Style> = {
  whatsapp: { bold: (text) => `*${whatsappText(text)}*`, title: (text) => `*${whatsappText(text)}*`, heading: (text) => `*${whatsappText(text.toUpperCase())}*`, limit: WHATSAPP_LIMIT },
  // Sent as plain text (no parse mode): nothing editors write can break the formatting.
  telegram: { bold: (text) => text, title: (text) => `► ${text}`, heading: (text) => `=== ${text.toUpperCase()} ===`, limit: TELEGRAM_LIMIT },
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

function itemBlock(card: CardData, style: Style, words: ChannelWords): string {
  const marks = [card.isNew ? words.isNew : '', card.km0 ? words.km0 : ''].filter(Boolean).join(' · ');
  const lines = [style.title(card.title)];
  if (marks) lines.push(marks);
  if (card.by) lines.push(card.by);
  lines.push(...wrapFacts(card.factLine));
  for (const mark of card.marks) if (mark.code === 'school' || mark.code === 'childcare') lines.push(mark.label);
  if (card.closed) lines.push(words.closed);
  else {
    if (card.deadline) lines.push(card.deadline);
    // Links written out so the app makes them tappable; numbers are tappable as they are.
    for (const action of card.actions) lines.push(`${action.verb}: ${action.kind === 'url' && action.href ? action.href : action.text}`);
    if (card.applyNote) lines.push(card.applyNote);
  }
  lines.push(`${words.details}: ${card.url}`);
  return lines.join('\n');
}

/** The blocks of a channel text, before packing into messages. */
export function channelBlocks(data: IssueData, channel: Channel, words: ChannelWords): string[] {
  const style = STYLES[channel];
  const blocks = [[style.bold(data.name), style.bold(`${data.number} — ${data.date}`), data.summary, `${words.wholeIssue}: ${data.url}`].join('\n')];
  for (const section of data.sections) {
    const [first, ...rest] = section.cards;
    if (!first) continue;
    // A heading never ends a message on its own: it travels with its first item.
    blocks.push(`${style.heading(`${section.title} (${section.total})`)}\n\n${itemBlock(first, style, words)}`);
    for (const card of rest) blocks.push(itemBlock(card, style, words));
  }
  blocks.push(`${words.questions}: ${data.contact.email}`);
  // The delimiter is ours: editors' text cannot fake a message boundary.
  return blocks.map((block) => block.replaceAll(MESSAGE_DELIMITER, MESSAGE_DELIMITER.replace('✂', '')));
}

export function channelMessages(data: IssueData, channel: Channel, words: ChannelWords): string[] {
  return packMessages(channelBlocks(data, channel, words), STYLES[channel].limit);
}
