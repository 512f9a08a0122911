/** The plain-text twin of the e-mail, written from the same issue data (not by stripping tags). */
import type { IssueData } from '../view/issue-data.ts';

const RULE = '='.repeat(60);
const THIN = '-'.repeat(60);

export function renderEmailText(data: IssueData): string {
  const lines: string[] = [data.name.toUpperCase(), `${data.number} — ${data.date}`, '', data.summary, `Leggi sul sito: ${data.url}`, ''];
  for (const section of data.sections) {
    lines.push(RULE, `${section.title.toUpperCase()} (${section.total})`, RULE, '');
    if (section.cards.length === 0) lines.push('Questa settimana non ci sono annunci in questa sezione.', '');
    for (const card of section.cards) {
      const marks = [card.isNew ? '[NUOVO]' : '', card.km0 ? '[KM 0]' : ''].filter(Boolean).join(' ');
      lines.push(`* ${marks ? `${marks} ` : ''}${card.title}`);
      if (card.by) lines.push(`  ${card.by}`);
      lines.push(`  ${card.factLine}`);
      if (card.familyFriendly) lines.push(`  ${card.familyFriendly}`);
      if (card.closed) lines.push('  CHIUSO: non è più possibile candidarsi.');
      else if (card.deadline) lines.push(`  ${card.deadline}`);
      for (const action of card.actions) lines.push(`  ${action.verb}: ${action.text}`);
      lines.push(`  Dettagli: ${card.url}`, '');
    }
    if (section.more) lines.push(`${section.more.text}: ${section.more.url}`, '');
  }
  lines.push(THIN, 'DOVE TROVARCI', '');
  for (const hub of data.hubs) lines.push(`${hub.name}, ${hub.address} — ${hub.hours}${hub.phone ? ` — tel. ${hub.phone}` : ''}`);
  lines.push('', `${data.contact.name}: ${data.contact.email}`, '', THIN, `${data.unsubscribe.text}: ${data.unsubscribe.href}`, '');
  return lines.join('\n');
}
