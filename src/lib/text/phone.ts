/** Phone numbers as people write them ("02 1234 5678", "+39 333 1234567"), normalised for links. */
import { encodeUriText } from './text-chars.ts';

/** Digits and spaces, with an optional leading `+`. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ]*[0-9]$/;

const ITALY = '39';

/** International form without spaces, e.g. `+390212345678`. Italian numbers get +39. */
export function internationalPhone(written: string): string {
  const digits = written.replace(/\s+/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return `+${ITALY}${digits}`;
}

/** `tel:` link for a written phone number. */
export function telHref(written: string): string {
  return `tel:${internationalPhone(written)}`;
}

/** A written number as one word for HTML (no-break spaces): a number split across two lines on a phone is misdialled. */
export function unbreakablePhone(written: string): string {
  return written.replace(/ /g, '\u00A0');
}

/** WhatsApp click-to-chat link (wa.me wants digits only, no `+`). */
export function whatsappHref(written: string, text?: string): string {
  const base = `https://wa.me/${internationalPhone(written).slice(1)}`;
  return text ? `${base}?text=${encodeUriText(text)}` : base;
}
