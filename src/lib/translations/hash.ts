/**
 * The short hash of an Italian text a translation records: FNV-1a (32 bits) of the text with
 * its spaces tidied, as 8 hexadecimal digits. It tells a change, not a secret; the same
 * function runs in the web editor (no `node:crypto`).
 */
const encoder = new TextEncoder();

/** Spaces and line ends do not change what a text says: "a  b" and "a b" have the same hash. */
export function normalizedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function italianHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(normalizedText(text))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
