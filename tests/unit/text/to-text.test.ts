import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/text/html-to-text.ts';
import { markdownToText } from '../../../src/lib/text/markdown-to-text.ts';

describe('htmlToText', () => {
  it('keeps one paragraph per block, folds spaces and decodes entities', () => {
    expect(htmlToText('<h2>Chi cerchiamo</h2><p>Addetto  alle\n pulizie &amp; sanificazione</p><ul><li>uno</li><li>due</li></ul>'))
      .toBe('Chi cerchiamo\n\nAddetto alle pulizie & sanificazione\n\nuno\n\ndue');
  });

  it('leaves out scripts, styles and templates', () => {
    expect(htmlToText('<p>Testo</p><script>alert(1)</script><style>p{}</style><template><p>no</p></template><noscript>no</noscript>')).toBe('Testo');
  });

  it('reads text with entities and no tags', () => {
    expect(htmlToText('Pulizie &amp; sanificazione')).toBe('Pulizie & sanificazione');
  });
});

describe('markdownToText', () => {
  it('keeps paragraphs and list items as text, drops markup, HTML and MDX imports', () => {
    expect(markdownToText('import Avviso from "../x.astro"\n\n# Titolo\n\nUn **testo** con [link](https://example.org).\n\n- uno\n- due\n\n<div>html</div>'))
      .toBe('Titolo\n\nUn testo con link.\n\nuno\ndue');
  });
});
