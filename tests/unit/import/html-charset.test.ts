import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/lib/import/html-charset.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** "Città – “lavoro”" in Windows-1252. */
const CP1252 = Uint8Array.from([0x43, 0x69, 0x74, 0x74, 0xe0, 0x20, 0x96, 0x20, 0x93, 0x6c, 0x61, 0x76, 0x6f, 0x72, 0x6f, 0x94]);

describe('the charset of a page, as browsers choose it', () => {
  it('reads an undeclared page that is not UTF-8 as Windows-1252', () => {
    expect(decodePage(CP1252, 'text/html')).toEqual({ text: 'Città – “lavoro”', encoding: 'windows-1252', damaged: false });
  });

  it('reads an undeclared valid UTF-8 page as UTF-8', () => {
    expect(decodePage(utf8('<p>Città – “lavoro”</p>'), null).text).toBe('<p>Città – “lavoro”</p>');
  });

  it('reads a <meta> that says utf-16 as UTF-8, and latin1 as Windows-1252', () => {
    expect(decodePage(utf8('<meta charset="utf-16"><p>Città</p>'), 'text/html')).toMatchObject({ encoding: 'utf-8', damaged: false });
    const latin = Uint8Array.from([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), ...CP1252]);
    expect(decodePage(latin, 'text/html').text.endsWith('Città – “lavoro”')).toBe(true);
  });

  it('puts the byte-order mark before the server, and the server before the page', () => {
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Città')]), 'text/html; charset=windows-1252').text).toBe('Città');
    expect(decodePage(CP1252, 'text/html; charset=windows-1252').text).toBe('Città – “lavoro”');
    expect(decodePage(utf8('<meta charset="windows-1252">Città'), 'text/html; charset=utf-8').text).toBe('<meta charset="windows-1252">Città');
  });

  it('says when characters could not be read, and ignores labels it does not know', () => {
    expect(decodePage(CP1252, 'text/html; charset=utf-8').damaged).toBe(true);
    expect(decodePage(utf8('<meta charset="klingon">Città'), null)).toMatchObject({ encoding: 'utf-8', damaged: false });
  });
});
