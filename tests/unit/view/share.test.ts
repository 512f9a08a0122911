import { describe, expect, it } from 'vitest';
import { issueForWeek } from '../../../src/lib/issue/model.ts';
import { issueShare, itemShare, mailtoHref, whatsappShareHref } from '../../../src/lib/view/share.ts';
import { offer } from '../../helpers/items.ts';
import { settings as projectSettings } from '../../../src/settings.ts';

const settings = { ...projectSettings, siteUrl: 'https://bollettino.test', name: 'Bollettino Lavoro' };
const cook = offer('aiuto-cuoco', { title: 'Aiuto cuoco & lavapiatti', published: '2026-11-16' });

describe('share links', () => {
  it('share an item on WhatsApp with a short Italian text and its absolute URL', () => {
    const share = itemShare(cook, settings);
    expect(share.message).toBe('Offerta di lavoro: Aiuto cuoco & lavapiatti. Guarda qui: https://bollettino.test/offerte/aiuto-cuoco/');
    const whatsapp = new URL(share.links.find((link) => link.kind === 'whatsapp')!.href);
    expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/');
    expect(whatsapp.searchParams.get('text')).toBe(share.message);
  });

  it('write e-mails with subject and body encoded for mailto (spaces as %20, & escaped)', () => {
    const href = itemShare(cook, settings).links.find((link) => link.kind === 'email')!.href;
    expect(href).toMatch(/^mailto:\?subject=Offerta%20di%20lavoro%3A%20Aiuto%20cuoco%20%26%20lavapiatti&body=/);
    expect(href).not.toContain('+');
    expect(decodeURIComponent(href.split('&body=')[1]!)).toContain('https://bollettino.test/offerte/aiuto-cuoco/');
  });

  it('share an issue by its permanent address', () => {
    const issue = issueForWeek([cook], '2026-W48', '2026-W44');
    const share = issueShare(issue, settings);
    expect(share.url).toBe('https://bollettino.test/bollettino/2026-W48/');
    expect(share.message).toBe('Bollettino Lavoro n. 5: 1 annuncio di lavoro, corsi e aiuti. Guarda qui: https://bollettino.test/bollettino/2026-W48/');
  });

  it('encode any text', () => {
    expect(mailtoHref('a b', 'c\nd', 'x@example.org')).toBe('mailto:x@example.org?subject=a%20b&body=c%0Ad');
    expect(whatsappShareHref('è #1?')).toBe('https://wa.me/?text=%C3%A8%20%231%3F');
  });
});
