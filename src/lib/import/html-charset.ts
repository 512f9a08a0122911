/**
 * A web page's bytes as text, with the encoding chosen as browsers choose it: a byte-order
 * mark, else the server's `charset`, else a `<meta>` in the first 1,024 bytes (where `utf-16`
 * means UTF-8, as the HTML standard says, since the page could not be read to find it
 * otherwise), else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what an Italian
 * browser assumes for an undeclared page).
 */

export interface DecodedPage {
  text: string;
  encoding: string;
  /** The text holds U+FFFD: some characters could not be read. */
  damaged: boolean;
}

/** The WHATWG encoding a label names (`latin1` → `windows-1252`), if any. */
function encodingOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top. */
function fromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(tag)?.[1];
    const encoding = encodingOf(label);
    if (!encoding) continue;
    if (encoding.startsWith('utf-16')) return 'utf-8';
    if (encoding === 'x-user-defined') return 'windows-1252';
    return encoding;
  }
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodePage(bytes: Uint8Array, contentType: string | null): DecodedPage {
  const declared = encodingOf(/;\s*charset\s*=\s*["']?([^\s"';]+)/i.exec(contentType ?? '')?.[1]);
  const encoding = fromBom(bytes) ?? declared ?? fromMeta(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
  // The decoder drops a byte-order mark of its own encoding.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, damaged: text.includes('\uFFFD') };
}
