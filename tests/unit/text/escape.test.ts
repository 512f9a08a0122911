import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/text/escape.ts';

describe('escapeHtml', () => {
  it('escapes each character with a meaning in HTML text or attribute values', () => {
    expect(escapeHtml('&')).toBe('&amp;');
    expect(escapeHtml('<')).toBe('&lt;');
    expect(escapeHtml('>')).toBe('&gt;');
    expect(escapeHtml('"')).toBe('&quot;');
    expect(escapeHtml("'")).toBe('&#39;');
  });

  it('keeps a value inside its quoted attribute, whichever quote the template uses', () => {
    expect(escapeHtml(`x" onmouseover="alert(1)`)).toBe('x&quot; onmouseover=&quot;alert(1)');
    expect(escapeHtml(`x' onmouseover='alert(1)`)).toBe('x&#39; onmouseover=&#39;alert(1)');
    expect(escapeHtml('<script>alert("1")</script>')).toBe('&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;');
  });

  it('escapes an ampersand once, even when it already starts an entity', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves every other character as it is, accents and other scripts included', () => {
    const plain = 'Aiuto cuoco già esperto — مرحبا සිංහල 😀 = / ` {{x}}\ttab\nriga';
    expect(escapeHtml(plain)).toBe(plain);
  });

  it('drops characters no HTML or XML output may hold', () => {
    expect(escapeHtml('a\u0000b\u000bc\u001bd\ud800e')).toBe('abcde');
  });

  it('writes numbers and other values as text', () => {
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml(undefined)).toBe('undefined');
  });
});
