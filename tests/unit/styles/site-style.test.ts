import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifiedStyle, SITE_STYLE_PATH, siteStyle } from '../../../src/styles/site-style.ts';

describe('the site stylesheet', () => {
  it('is minified: no comments, no line breaks, every rule kept', async () => {
    const { css } = await minifiedStyle('/* why */\n.card {\n  margin: 0 auto;\n}\n@media (max-width: 30rem) {\n  .facts { display: block; }\n}\n');
    expect(css).toBe('.card{margin:0 auto}@media(max-width:30rem){.facts{display:block}}');
  });

  it('keeps max-width media queries as written, which old phones read (no range syntax)', async () => {
    const { css } = await siteStyle();
    expect(css).toContain('@media(max-width:30rem)');
    expect(css).not.toMatch(/width\s*<=/);
  });

  it('is loaded from a path whose version changes with the text, so browsers may cache it for long', async () => {
    const one = await minifiedStyle('.a{color:red}');
    const same = await minifiedStyle('.a { color: red; }');
    const other = await minifiedStyle('.a{color:blue}');
    expect(one.src).toMatch(new RegExp(`^${SITE_STYLE_PATH.replace('.', '\\.')}\\?v=[0-9a-f]{10}$`));
    expect(same.src).toBe(one.src);
    expect(other.src).not.toBe(one.src);
  });

  it('is the project stylesheet, smaller than its source and with no web font, import or image', async () => {
    const source = readFileSync('src/styles/global.css', 'utf8');
    const { css } = await siteStyle();
    expect(css.length).toBeGreaterThan(source.length * 0.6);
    expect(css.length).toBeLessThan(source.length);
    expect(css).toContain('.card{');
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });
});
