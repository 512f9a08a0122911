/**
 * The web editor's own widgets (registered by `preview.ts`): the import's doubts as a warning
 * box with one button, and "posto coperto" / "posti esauriti" as a toggle with a date.
 * Class components (Decap's `createClass`): Decap asks each control whether it is valid.
 */
import { FIELD_LABELS } from '../lib/editor/field-labels.ts';

type Child = string | number | false | null | undefined | object | Child[];
type H = (type: string, props?: Record<string, unknown> | null, ...children: Child[]) => object;
interface ControlProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  field: { get: (key: string) => unknown };
}
interface Control { props: ControlProps }
type CreateClass = (spec: { render: (this: Control) => object; isValid?: () => boolean }) => unknown;
export interface WidgetHost {
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
}

/** A list from the form's data: Immutable.js in Decap, a plain array after our own changes. */
const asList = (value: unknown): string[] => {
  const plain = (value as { toJS?: () => unknown } | undefined)?.toJS?.() ?? value;
  return Array.isArray(plain) ? plain.filter((entry): entry is string => typeof entry === 'string') : [];
};

/** "location.municipio" → "Luogo › Municipio". */
export const fieldNames = (path: string): string => path.split('.').map((key) => FIELD_LABELS[key] ?? key).join(' › ');

const TOGGLES: Record<string, string> = { filled: 'Sì, il posto è stato coperto dal giorno:', full: 'Sì, i posti sono esauriti dal giorno:' };

export function registerWidgets(cms: WidgetHost, h: H, createClass: CreateClass, today: () => string): void {
  const doubts = createClass({
    isValid: () => true,
    render() {
      const { value, onChange, forID, classNameWrapper } = this.props;
      const list = asList(value);
      if (!list.length) return h('p', { id: forID, className: classNameWrapper, 'data-da-controllare': 'vuoto' }, 'Niente da controllare.');
      return h('div', { id: forID, className: classNameWrapper, role: 'alert', 'data-da-controllare': list.join(' '), style: { border: '3px solid #b45309', background: '#fff8e1', padding: '0.75rem 1rem' } },
        h('strong', null, 'Da controllare prima di pubblicare'),
        h('p', null, `L'importazione ha indovinato questi campi: ${list.map(fieldNames).join(', ')}. Guardali nel modulo e correggili se serve.`),
        h('p', null, 'Finché questo avviso c\'è, la scheda può restare solo in bozza.'),
        h('button', { type: 'button', onClick: () => onChange([]) }, 'Ho controllato: togli l\'avviso'));
    },
  });
  const toggleDate = createClass({
    isValid: () => true,
    render() {
      const { value, onChange, forID, classNameWrapper, field } = this.props;
      const day = typeof value === 'string' ? value : '';
      const name = String(field.get('name'));
      return h('div', { className: classNameWrapper, 'data-toggle-date': name },
        h('label', null,
          h('input', { type: 'checkbox', id: forID, checked: day !== '', onChange: (event: { target: { checked: boolean } }) => onChange(event.target.checked ? today() : '') }),
          ' ', TOGGLES[name] ?? 'Sì, dal giorno:'),
        day !== '' && h('input', { type: 'date', value: day, 'aria-label': FIELD_LABELS[name] ?? name, onChange: (event: { target: { value: string } }) => onChange(event.target.value) }));
    },
  });
  cms.registerWidget('da-controllare', doubts);
  cms.registerWidget('data-facoltativa', toggleDate);
}
