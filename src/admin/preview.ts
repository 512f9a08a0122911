/**
 * Browser entry of the web editor (/admin/ only, bundled by esbuild at build time): the
 * preview shows the card as readers will see it, from the site's own view model, with the
 * problems the build would report; empty fields are dropped before a file is written.
 */
import { FIELD_LABELS } from '../lib/editor/field-labels.ts';
import { registerWidgets, type WidgetHost } from './widgets.ts';
import { editorPreview, emptyPaths, withTranslationBookkeeping } from '../lib/editor/preview-model.ts';
import { COLLECTIONS } from '../lib/content/items.ts';
import { readValueChanges } from '../lib/input/read-value.ts';
import type { CardView } from '../lib/view/card.ts';
import { readerFor } from '../lib/view/reader.ts';
import { settings } from '../settings.ts';

/** Editors write in Italian: the preview is the Italian card. */
const reader = readerFor(settings, 'it');

/** The parts of Decap's global API and Immutable data this file uses. */
interface ImmutableData {
  toJS: () => unknown;
  deleteIn: (path: (string | number)[]) => ImmutableData;
  setIn: (path: (string | number)[], value: unknown) => ImmutableData;
  get: (key: string) => unknown;
}
interface PreviewProps { entry: ImmutableData }
type Child = string | number | false | null | undefined | object | Child[];
type H = (type: string, props?: Record<string, unknown> | null, ...children: Child[]) => object;
interface DecapGlobal extends WidgetHost {
  registerPreviewTemplate: (name: string, component: (props: PreviewProps) => object) => void;
  registerPreviewStyle: (style: string, options: { raw: boolean }) => void;
  registerEventListener: (listener: { name: string; handler: (event: { entry: ImmutableData }) => unknown }) => void;
}

/** The site's stylesheet, put in by the bundler (`src/lib/editor/admin.ts`). */
declare const SITE_CSS: string;
/** The day the site beside the editor was built for (null: unknown), put in by the bundler. */
declare const PREVIEW_DAY: string | null;

const { CMS, h, createClass } = window as unknown as { CMS: DecapGlobal; h: H; createClass: Parameters<typeof registerWidgets>[2] };

const PREVIEW_CSS = `${SITE_CSS}
.editor-note{border:2px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0;background:var(--soft)}
.editor-problems{border:3px solid var(--warn);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0;color:var(--warn)}
.editor-problems li{margin:.25rem 0;color:var(--ink)}
.editor-warning{border:3px solid var(--warn);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0;background:#fff8e1}
.editor-issue{border-left:6px solid var(--accent,#1a5e9a);padding:.5rem 1rem;margin:1rem 0;background:var(--soft)}`;

/** Today in Milan, as the site counts days. */
function todayInMilan(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The card of an item page, as the site renders it (`cardHtml` in src/lib/view/html/card.ts, detail view). */
function cardElement(card: CardView): object {
  // The marks the card view carries, as the site shows them.
  const marks = card.marks.map((mark) => ({ cls: mark.code, text: mark.label }));
  const [primary, ...others] = card.actions;
  return h('article', { className: 'card', 'data-id': card.id, 'data-kind': card.kind, 'data-km0': card.km0 ? '' : undefined },
    marks.length > 0 && h('ul', { className: 'marks' }, ...marks.map((mark) => h('li', { key: mark.cls, className: `mark ${mark.cls}` }, mark.text))),
    h('h1', { dir: 'auto' }, card.title),
    card.by && h('p', { className: 'by', dir: 'auto' }, card.by),
    card.summary && h('p', { dir: 'auto' }, card.summary),
    h('dl', { className: 'facts' },
      ...card.facts.flatMap((fact) => [
        h('dt', { key: `${fact.key}-t` }, fact.label),
        h('dd', { key: `${fact.key}-d`, dir: 'auto', 'data-fact': fact.key }, fact.href ? h('a', { href: fact.href }, fact.value) : fact.value),
      ]),
      ...(card.deadline ? [h('dt', { key: 'deadline-t' }, 'Scadenza'), h('dd', { key: 'deadline-d', 'data-fact': 'deadline' }, card.deadline)] : [])),
    primary && h('ul', { className: 'actions', 'aria-label': 'Come candidarsi' },
      ...[primary, ...others].map((action, index) => h('li', { key: `${action.kind}-${index}`, className: index === 0 ? 'primary' : undefined },
        action.href
          ? h('a', { href: action.href, 'data-action': action.kind }, action.verb, h('small', { dir: 'auto' }, action.text))
          : h('p', { className: 'where', 'data-action': action.kind }, h('strong', null, `${action.verb}:`), ' ', h('span', { dir: 'auto' }, action.text))))),
    card.applyNote && h('p', { className: 'note', dir: 'auto' }, card.applyNote));
}

function fieldName(field: string): string {
  const names = field.split('.').map((key) => FIELD_LABELS[key] ?? key);
  return field ? `${names.join(' › ')}` : 'Scheda';
}

function previewTemplate(folder: string) {
  return ({ entry }: PreviewProps): object => {
    const slug = entry.get('slug');
    const preview = editorPreview(folder, typeof slug === 'string' ? slug : undefined, (entry.get('data') as ImmutableData).toJS() as never, todayInMilan(), reader, PREVIEW_DAY ?? undefined);
    const issue = preview.issue;
    return h('main', { className: 'wrap', 'data-editor-preview': '' },
      issue && h('p', { className: 'editor-issue', 'data-issue-note': '' }, issue.text, ' ',
        issue.href ? h('a', { href: issue.href, target: '_blank', rel: 'noopener' }, 'Guarda tutto il numero (dopo il salvataggio)') : issue.hint),
      preview.draft && h('p', { className: 'editor-note' }, 'Bozza: questa scheda non comparirà nel bollettino finché "Bozza" è attivo.'),
      preview.problems.length > 0 && h('section', { className: 'editor-problems', 'data-problems': '' },
        h('h2', null, 'Da correggere prima di pubblicare'),
        h('ul', null, ...preview.problems.map((problem, index) => h('li', { key: index }, h('strong', null, `${fieldName(problem.field)}: `), problem.message)))),
      preview.card ? cardElement(preview.card) : h('p', { className: 'editor-note' }, 'L\'anteprima della scheda compare quando i campi obbligatori sono compilati.'),
      preview.translations.length > 0 && h('section', { className: 'editor-note', 'data-translations': '' },
        h('h2', null, 'Traduzioni'),
        h('ul', null, ...preview.translations.map((line) => h('li', { key: line.lang, 'data-state': line.state }, line.text)))));
  };
}

/** The status of each row of the list ("bozza", "in uscita lunedì"…), from the model on the site's build day. */
function showListStatuses(table: Record<string, Record<string, { code: string; label: string }>>): void {
  const style = document.createElement('style');
  style.textContent = '[data-stato]{display:inline-block;margin-left:.5rem;padding:0 .5rem;border-radius:1rem;font-size:.8rem;font-weight:600;background:#e8eef5;color:#1a3e5c}'
    + '[data-stato=bozza]{background:#eee;color:#444}[data-stato=in-uscita]{background:#e3f4e1;color:#1e5b1a}'
    + '[data-stato=scade]{background:#fff1cc;color:#6b4a00}[data-stato=scaduto],[data-stato=coperto]{background:#fde8e8;color:#8a1c1c}';
  document.head.append(style);
  const mark = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="/entries/"]')) {
      const match = /\/collections\/([^/]+)\/entries\/([^/?#]+)/.exec(link.getAttribute('href') ?? '');
      const status = match ? table[match[1]!]?.[decodeURIComponent(match[2]!)] : undefined;
      if (!status || link.querySelector('[data-stato]')) continue;
      const badge = document.createElement('span');
      badge.dataset['stato'] = status.code;
      badge.textContent = status.label;
      (link.querySelector('h2') ?? link).append(badge);
    }
  };
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
  mark();
}
fetch('stato.json').then((response) => (response.ok ? response.json() : {})).then(showListStatuses, () => undefined);

registerWidgets(CMS, h, createClass, todayInMilan);
CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
for (const collection of COLLECTIONS) CMS.registerPreviewTemplate(collection.folder, previewTemplate(collection.folder));
// What was typed is read as the schema's values ("Pulizie" → pulizie, "31/12/2026" → 2026-12-31),
// by the same reader as `nuovo` and the importer; a cleared field would be written as `campo: ''`, which the build refuses.
// A translation typed in the form records the hash of the Italian beside it; "auto" switched off goes.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const typed = entry.get('data') as ImmutableData;
    const read = readValueChanges(typed.toJS()).reduce((data, change) => data.setIn(change.path, change.value), typed);
    const data = emptyPaths(read.toJS() as never).reduce((data, path) => data.deleteIn(path), read);
    const collection = entry.get('collection');
    const translations = (withTranslationBookkeeping(typeof collection === 'string' ? collection : '', data.toJS() as never) as { translations?: unknown } | null)?.translations;
    return translations === undefined ? data : data.setIn(['translations'], translations);
  },
});
