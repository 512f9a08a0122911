/**
 * The cards of an issue as HTML. The current issue's full cards are the same on its page, on
 * the home and on its filter pages: each is built once per language and reused. Past issues
 * show one-line cards, each on one page only.
 */
import type { IssueEntry } from '../../issue/model.ts';
import { entryCard } from '../card.ts';
import type { Reader } from '../reader.ts';
import { cardHtml, pastCardHtml } from './card.ts';

const fullCards = new WeakMap<IssueEntry, Map<Reader, string>>();

/** The full card of an entry of the current issue, in the reader's language. */
export function currentCardHtml(entry: IssueEntry, reader: Reader): string {
  let byReader = fullCards.get(entry);
  if (!byReader) fullCards.set(entry, (byReader = new Map()));
  let html = byReader.get(reader);
  if (html === undefined) byReader.set(reader, (html = cardHtml(entryCard(entry, reader), reader)));
  return html;
}

/** A section's cards: full ones for the current issue, one-line ones for a past issue. */
export function sectionCardsHtml(entries: readonly IssueEntry[], reader: Reader, current: boolean): string {
  return entries.map((entry) => (current ? currentCardHtml(entry, reader) : pastCardHtml(entryCard(entry, reader), reader))).join('');
}
