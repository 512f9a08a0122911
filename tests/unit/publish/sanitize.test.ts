import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { sanitizeBody, sanitizePage } from '../../../src/lib/publish/sanitize.ts';

describe('body ids', () => {
  it("never collide with the page's own ids: a body's ids get a prefix, and its links to them follow", () => {
    const body = '<h2 id="contenuto">Orari</h2><p id="km0">Vedi <a href="#contenuto">sopra</a> o <a href="https://example.org/#contenuto">fuori</a>.</p>';
    const page = `<main id="contenuto"><section id="km0"></section><div data-unsanitized>${body}</div></main>`;
    const $ = load(sanitizePage(page));
    expect($('#contenuto').length).toBe(1);
    expect($('#contenuto').is('main')).toBe(true);
    expect($('#km0').length).toBe(1);
    expect($('h2').attr('id')).toBe('testo-contenuto');
    expect($('a').first().attr('href')).toBe('#testo-contenuto');
    expect($('a').last().attr('href')).toBe('https://example.org/#contenuto');
  });

  it('keep a single prefix when cleaned twice', () => {
    expect(sanitizeBody(sanitizeBody('<p id="servizi">x</p>'))).toBe('<p id="testo-servizi">x</p>');
  });
});

describe('characters no output can hold', () => {
  it('are dropped from bodies: controls, DEL, C1, lone surrogates', () => {
    expect(sanitizeBody('<p>a\u0000b\u000bc\u007fd\u0085e\ud800f😀</p>')).toBe('<p>abcdef😀</p>');
  });
});
