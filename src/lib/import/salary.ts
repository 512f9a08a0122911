/** A schema.org `baseSalary` (MonetaryAmount with a QuantitativeValue) in plain Italian: "da 9 a 11 € l'ora". */

const PER_UNIT: Record<string, string> = { HOUR: "l'ora", DAY: 'al giorno', WEEK: 'a settimana', MONTH: 'al mese', YEAR: "l'anno" };

const asNumber = (value: unknown): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
};

/** 1200 → "1.200", 9.5 → "9,50". */
export function italianAmount(amount: number): string {
  const [whole = '0', cents] = (Number.isInteger(amount) ? String(amount) : amount.toFixed(2)).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${cents ? `,${cents}` : ''}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function salaryText(baseSalary: unknown): string | undefined {
  const amount = Array.isArray(baseSalary) ? baseSalary[0] : baseSalary;
  if (!isObject(amount)) return asNumber(amount) === undefined ? undefined : `${italianAmount(asNumber(amount)!)} €`;
  const currency = typeof amount['currency'] === 'string' && amount['currency'].toUpperCase() !== 'EUR' ? amount['currency'].toUpperCase() : '€';
  const value = amount['value'];
  const quantity = isObject(value) ? value : { value };
  const unitText = typeof quantity['unitText'] === 'string' ? quantity['unitText'] : amount['unitText'];
  const unit = typeof unitText === 'string' ? PER_UNIT[unitText.toUpperCase()] : undefined;
  const exact = asNumber(quantity['value']);
  const min = asNumber(quantity['minValue']);
  const max = asNumber(quantity['maxValue']);
  let text: string;
  if (exact !== undefined) text = `${italianAmount(exact)} ${currency}`;
  else if (min !== undefined && max !== undefined && min !== max) text = `da ${italianAmount(min)} a ${italianAmount(max)} ${currency}`;
  else if (min !== undefined || max !== undefined) text = `${min === undefined ? 'fino a ' : max === undefined ? 'da ' : ''}${italianAmount((min ?? max)!)} ${currency}`;
  else return undefined;
  return unit ? `${text} ${unit}` : text;
}
