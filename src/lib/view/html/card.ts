/**
 * A card as HTML: the short card of the current issue, the whole card of the item page
 * (`detail`), and the one-line card of a past issue. Every word comes from the card view or
 * the reader's dictionary (`src/lib/view/card.ts`); closed items arrive with no actions.
 */
import type { ApplyAction } from '../apply.ts';
import { factLine, type CardView, type Chip, type Fact, type Mark } from '../card.ts';
import type { Reader } from '../reader.ts';
import { unbreakablePhone } from '../../text/phone.ts';
import { element, text } from './markup.ts';

const markItem = (mark: Mark): string => element('li', { class: `mark ${mark.code}` }, text(mark.label));

const chipItem = (chip: Chip): string =>
  element('li', { class: chip.mark ? `mark ${chip.mark}` : undefined, 'data-fact': chip.mark ? undefined : chip.key, lang: chip.lang }, text(chip.label));

function factItems(fact: Fact, reader: Reader): string {
  const value = fact.href
    ? element('a', { href: fact.href }, `${text(fact.value)} ${element('span', { class: 'map', lang: fact.lang && reader.lang }, `(${text(reader.t.values.map)})`)}`)
    : text(fact.value);
  const explain = fact.explain ? element('small', { class: 'explain' }, text(fact.explain)) : '';
  return `<dt>${text(fact.label)}</dt>${element('dd', { dir: fact.written ? 'auto' : undefined, 'data-fact': fact.key, lang: fact.lang }, value + explain)}`;
}

function actionItem(action: ApplyAction, primary: boolean): string {
  const inner = action.href
    ? element('a', { href: action.href, 'data-action': action.kind }, `${text(action.verb)}${element('small', { dir: 'ltr' }, text(unbreakablePhone(action.text)))}`)
    : element('p', { class: 'where', 'data-action': action.kind }, `<strong>${text(action.verb)}:</strong> ${element('span', { dir: 'auto', lang: action.lang }, text(action.text))}`);
  return element('li', { class: primary ? 'primary' : undefined }, inner);
}

/** The card of an item: short on an issue page, whole (title as the page heading) on the item page. */
export function cardHtml(card: CardView, reader: Reader, detail = false): string {
  const { t } = reader;
  const marks = detail ? card.marks : card.headMarks;
  const actions = detail ? card.actions : card.shortActions;
  const heading = detail ? 'h1' : 'h3';
  let inner = element('ul', { class: 'marks' }, element('li', { class: 'kind' }, text(card.kindLabel)) + marks.map(markItem).join(''));
  inner += element(heading, { dir: 'auto', lang: card.titleLang }, detail ? text(card.title) : element('a', { href: card.href }, text(card.title)));
  if (card.by) inner += element('p', { class: 'by', dir: 'auto', lang: reader.italian }, text(card.by));
  if (card.autoNote) inner += element('p', { class: 'auto' }, text(card.autoNote));
  if (detail && card.summary) inner += element('p', { class: 'sum', dir: 'auto', lang: card.summaryLang }, text(card.summary));
  if (detail) {
    const deadline = card.deadline ? `<dt>${text(t.facts.deadline)}</dt>${element('dd', { 'data-fact': 'deadline' }, text(card.deadline))}` : '';
    inner += element('dl', { class: 'facts' }, card.facts.map((fact) => factItems(fact, reader)).join('') + deadline);
  } else {
    inner += element('ul', { class: 'chips' }, card.chips.map(chipItem).join(''));
    if (card.deadline) inner += element('p', { class: 'deadline', 'data-fact': 'deadline' }, text(card.deadline));
  }
  if (detail && actions.length > 0) inner += element('p', { class: 'ah' }, text(card.applyHeading));
  if (actions.length > 0) inner += element('ul', { class: 'actions' }, actions.map((action, index) => actionItem(action, index === 0)).join(''));
  if (detail && card.applyNote) inner += element('p', { class: 'note', dir: 'auto', lang: card.applyNoteLang }, text(card.applyNote));
  return element('article', {
    class: detail ? 'card detail' : 'card',
    'data-pagefind-body': detail ? '' : undefined,
    'data-id': card.id,
    'data-kind': card.kind,
    'data-km0': card.km0 ? '' : undefined,
    'data-new': card.isNew ? '' : undefined,
    'data-closed': card.closed ? '' : undefined,
    'data-f': card.filters.join(' ') || undefined,
  }, inner);
}

/**
 * An item in a past issue: title, marks and the main facts on one line, linking to the item
 * page for the rest. A two-year archive stays light; the current issue has full cards.
 */
export function pastCardHtml(card: CardView, reader: Reader): string {
  const marks = card.marks.map((mark) => mark.label);
  const line = `${marks.length > 0 ? `<strong>${text(marks.join(' · '))} — </strong>` : ''}${text(factLine(card, reader))}${card.deadline ? ` · ${text(card.deadline)}` : ''}`;
  return element('article', { class: 'card past', 'data-id': card.id, 'data-kind': card.kind, 'data-km0': card.km0 ? '' : undefined, 'data-new': card.isNew ? '' : undefined },
    element('h3', { dir: 'auto', lang: card.titleLang }, element('a', { href: card.href }, text(card.title))) + element('p', { dir: 'auto' }, line));
}
