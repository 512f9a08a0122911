/**
 * The few pieces of markup the site renders as strings (cards, header, footer): built once per
 * language and reused on every page, where one Astro component per card per page cost most of
 * the build. Every text and attribute value goes through the project's one `escapeHtml`:
 * content is data, never markup.
 */
import { escapeHtml } from '../../text/escape.ts';

/** An attribute value: left out when `undefined` or `false`, a bare name when `''` or `true` (as Astro writes them). */
export type AttrValue = string | boolean | undefined;

/** ` name="value"` for each attribute given, in order. */
export function attrs(list: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(list)) {
    if (value === undefined || value === false) continue;
    out += value === true || value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

/** An element holding `inner` (markup already built and escaped). */
export const element = (name: string, attributes: Record<string, AttrValue>, inner: string): string => `<${name}${attrs(attributes)}>${inner}</${name}>`;

/** Text as HTML. */
export const text = (value: string): string => escapeHtml(value);
