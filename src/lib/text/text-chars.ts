/**
 * Characters that have no place in a bulletin: control characters (as Word or a PDF paste
 * them, or written as YAML escapes such as "\v", "\x1b", "\0"), lone halves of a surrogate
 * pair and the two non-characters XML forbids. Found in content, they are reported; in any
 * text reaching an output, `withoutInvalidChars` removes them so feed, pages and e-mail stay well-formed.
 */

/** C0 controls except tab, newline and carriage return; DEL; C1 controls; U+FFFE, U+FFFF; lone surrogates. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const INVALID_ONE = new RegExp(INVALID.source, 'u');

/** `text` without characters that XML 1.0 (and so RSS, XHTML e-mail) cannot hold. */
export function withoutInvalidChars(text: string): string {
  return text.replace(INVALID, '');
}

/** The first invalid character of `text`, as `U+000B`, if any. */
export function firstInvalidChar(text: string): string | undefined {
  const match = INVALID_ONE.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** `encodeURIComponent` for editors' text: a lone surrogate would make it throw (URIError). */
export function encodeUriText(text: string): string {
  return encodeURIComponent(withoutInvalidChars(text));
}

/** Embeddings, overrides and isolates: never needed in what editors write, and they make shown digits differ from the text. */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/u;
/** Direction marks (LRM, RLM, ALM): at home only in right-to-left text. */
const BIDI_MARKS = /[\u200E\u200F\u061C]/u;
const BIDI_ANY = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first bidirectional control of `text` (marks too unless `marksAllowed`), as `U+202E`, if any. */
export function firstBidiControl(text: string, marksAllowed = false): string | undefined {
  const match = BIDI_FORMATTING.exec(text) ?? (marksAllowed ? null : BIDI_MARKS.exec(text));
  return match ? codePoint(match[0]) : undefined;
}

/** `text` without any bidirectional control (what `importa` writes). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_ANY, '');
}
