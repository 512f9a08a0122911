/** The plain-text twin of the e-mail, written from the same issue data (not by stripping tags). */
import type { IssueData } from '../view/issue-data.ts';

const RULE = '='.repeat(60);
const THIN = '-'.repeat(60);

export function renderEmailText(data: IssueData): string {
  const { words } = data;
  const upper = (text: string) => text.toLocaleUpperCase(data.lang);
  // Phone numbers, addresses and links read left to right inside Arabic lines: Unicode isolates keep them whole.
  const ltr = (text: string) => (data.dir === 'rtl' ? `\u2066${text}\u2069` : text);
  const lines: string[] = [upper(data.name), `${data.number} — ${data.date}`, '', data.summary, `${words.readOnSite}: ${data.url}`, ''];
  for (const section of data.sections) {
    lines.push(RULE, `${upper(section.title)} (${section.total})`, RULE, '');
    if (section.cards.length === 0) lines.push(words.sectionEmpty, '');
    for (const card of section.cards) {
      const marks = card.marks.map((mark) => `[${upper(mark.label)}]`).join(' ');
      lines.push(`* ${marks ? `${marks} ` : ''}${card.title}`);
      if (card.by) lines.push(`  ${card.by}`);
      if (card.autoNote) lines.push(`  (${card.autoNote})`);
      if (card.summary) lines.push(`  ${card.summary}`);
      lines.push(`  ${card.factLine}`);
      if (card.closed) lines.push(`  ${upper(card.closedWords ?? words.closed)}: ${card.closedNoApply}`);
      else if (card.deadline) lines.push(`  ${card.deadline}`);
      for (const action of card.actions) lines.push(`  ${action.verb}: ${ltr(action.text)}`);
      lines.push(`  ${words.details}: ${ltr(card.url)}`, '');
    }
    if (section.more) lines.push(`${section.more.text}: ${section.more.url}`, '');
  }
  lines.push(THIN, upper(words.whereToFindUs), '');
  for (const hub of data.hubs) lines.push(`${hub.name}, ${hub.address} — ${hub.hours}${hub.phone ? ` — ${words.phone} ${ltr(hub.phone)}` : ''}`);
  lines.push('', `${data.dir === 'rtl' ? `\u2068${data.contact.name}\u2069` : data.contact.name}: ${ltr(data.contact.email)}`, '', THIN, `${data.unsubscribe.text}: ${data.unsubscribe.href}`, '');
  return lines.join('\n');
}
