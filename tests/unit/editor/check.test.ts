/**
 * `npm run controlla` as rules and as the report editors read, in-process: what stops publication,
 * what is only a warning, and next Monday's issue. Friday 27 November 2026; the next issue is
 * Monday 30 November (2026-W49), the one before it Monday 23 November.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent, findDuplicates, findSuspicious, titleSimilarity } from '../../../src/lib/editor/check.ts';
import { nextIssuePlan, upcomingMondayFrom } from '../../../src/lib/editor/next-issue.ts';
import { escapeMarkdown, formatNextIssue, formatReport, hasErrors } from '../../../src/lib/editor/report.ts';
import { course, offer } from '../../helpers/items.ts';

const TODAY = '2026-11-27';
const complete = { italian: 'A2', schedule: 'lun–ven 8–12' };

const items = [
  offer('nuova', { ...complete, title: 'Addetta mensa scolastica', published: '2026-11-25' }),
  offer('resta', { ...complete, title: 'Magazziniere notturno', published: '2026-11-10' }),
  offer('esce', { ...complete, title: 'Cameriera ai piani', published: '2026-11-02', expires: '2026-11-28' }),
  offer('coperta', { ...complete, title: 'Badante convivente', published: '2026-11-16', filled: '2026-11-29' }),
  offer('bozza', { ...complete, title: 'Aiuto cuoco', published: '2026-11-20', draft: true }),
  offer('scade', { ...complete, title: 'Commessa panetteria', published: '2026-11-16', expires: '2026-12-03' }),
  offer('scaduta', { ...complete, title: 'Operaio edile', published: '2026-10-05', expires: '2026-11-20' }),
  offer('incompleta', { title: 'Autista consegne', published: '2026-11-16' }),
  offer('sospetta', { ...complete, title: 'Giardiniere', published: '2026-11-16', apply: { phone: '123 4567', whatsapp: '02 1234 5678', email: 'lavoro@gmial.com', url: 'http://esempio.it/candidati' } }),
  offer('indovinata', { ...complete, title: 'Pulizie uffici', published: '2026-11-16', draft: true, daControllare: ['sector'] }),
];

describe('next Monday\'s issue', () => {
  it('is today on a Monday, else the coming Monday', () => {
    expect(upcomingMondayFrom('2026-11-30')).toBe('2026-11-30');
    expect(upcomingMondayFrom('2026-11-27')).toBe('2026-11-30');
    expect(upcomingMondayFrom('2026-12-01')).toBe('2026-12-07');
  });

  it('says what is new, what stays, what leaves and why, and which drafts would enter', () => {
    const plan = nextIssuePlan(items, TODAY);
    const slugs = (list: { item: { slug: string } }[]) => list.map((entry) => entry.item.slug).sort();
    expect(plan).toMatchObject({ monday: '2026-11-30', week: '2026-W49' });
    expect(slugs(plan.fresh)).toEqual(['nuova']);
    expect(slugs(plan.carried)).toEqual(['incompleta', 'resta', 'scade', 'sospetta']);
    expect(plan.leaving.map((entry) => [entry.item.slug, entry.closure, entry.day])).toEqual([['esce', 'expired', '2026-11-28'], ['coperta', 'filled', '2026-11-29']]);
    expect(slugs(plan.drafts)).toEqual(['bozza', 'indovinata']);
    const text = formatNextIssue(plan);
    expect(text).toContain('IL PROSSIMO NUMERO, lunedì 30 novembre 2026 (2026-W49): 5 annunci, 1 nuovo; 2 escono, 2 bozze pronte.');
    expect(text).toContain('- «Badante convivente» (Offerte di lavoro): posto coperto dal 29 novembre 2026 — test/coperta.md');
    expect(text).toContain('- «Cameriera ai piani» (Offerte di lavoro): ultimo giorno 28 novembre 2026 — test/esce.md');
    expect(text).toContain('? «Aiuto cuoco» (Offerte di lavoro) — test/bozza.md');
  });
});

describe('the checks', () => {
  it('finds the same offer twice by employer or contact, not by a similar title alone', () => {
    const a = offer('a', { title: 'Addetta pulizie uffici', employer: 'Pulito Srl', published: '2026-11-16' });
    const b = offer('b', { title: 'Addetta alle pulizie uffici', employer: 'PULITO SRL ', published: '2026-11-16' });
    const c = offer('c', { title: 'Addetta pulizie uffici', employer: 'Altra Coop', published: '2026-11-16', apply: { phone: '02 9999 0000' } });
    const d = offer('d', { title: 'Addetta pulizie uffici', employer: 'Terza Coop', published: '2026-11-16', apply: { phone: '+39 02 9999 0000' } });
    expect(findDuplicates([a, b]).map((f) => f.message)).toEqual(['sembra un doppione di test/b.md (stesso datore di lavoro e titolo simile). Se è lo stesso annuncio, tienine uno solo.']);
    expect(findDuplicates([a, c])).toEqual([]);
    expect(findDuplicates([c, d])[0]!.message).toContain('stesso contatto (+390299990000)');
    expect(findDuplicates([a, course('k', { title: 'Addetta pulizie uffici', provider: 'Pulito Srl', published: '2026-11-16' })])).toEqual([]);
  });

  it('title similarity is symmetric, between 0 and 1, and 1 for the same words in any case or accent', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = titleSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(titleSimilarity(b, a)).toBe(s);
    }));
    expect(titleSimilarity('Addetta PULIZIE', 'addetta pulìzie')).toBe(1);
  });

  it('warns about numbers that cannot be Italian, WhatsApp on a landline, typos in e-mail domains, http links', () => {
    const messages = findSuspicious(items.find((item) => item.slug === 'sospetta')!).map((f) => f.message);
    expect(messages).toEqual([
      'apply.phone: "123 4567" non sembra un numero italiano: i fissi iniziano con 0, i cellulari con 3. Per un numero estero scrivi il prefisso con +.',
      'apply.whatsapp: "02 1234 5678" non sembra un cellulare: WhatsApp funziona solo con i numeri di cellulare (in Italia iniziano con 3).',
      'apply.email: "lavoro@gmial.com" sembra scritto male (controlla il dominio dopo la @).',
      'apply.url: "http://esempio.it/candidati" usa http://; se il sito funziona con https://, scrivi https:// (più sicuro per chi legge).',
    ]);
    expect(findSuspicious(offer('estero', { published: '2026-11-16', apply: { phone: '+44 20 7946 0958', whatsapp: '+39 333 123 4567' } }))).toEqual([]);
    expect(findSuspicious(offer('corto', { published: '2026-11-16', apply: { phone: '333 1234' } }))[0]!.message).toContain('ha 7 cifre: un cellulare italiano ne ha 9 o 10');
  });
});

describe('the report editors read', () => {
  const report = checkContent(items, [], TODAY);
  const files = (list: { file: string }[]) => list.map((f) => f.file);

  it('sorts what matters this week: ending, ended, incomplete, suspicious, guessed by an import', () => {
    expect(hasErrors(report)).toBe(false);
    // Only what will be in the issue: "Cameriera ai piani" ends on Saturday, before it.
    expect(files(report.expiringThisWeek)).toEqual(['test/scade.md']);
    expect(report.expiringThisWeek[0]!.message).toBe('«Commessa panetteria» scade il 3 dicembre 2026: se è ancora valido, sposta "expires" più avanti.');
    expect(files(report.expired)).toEqual(['test/scaduta.md']);
    expect(files(report.missingFields)).toEqual(['test/incompleta.md']);
    expect(report.missingFields[0]!.message).toBe('mancano informazioni che servono per decidere: il livello di italiano richiesto (italian), giorni e orari (schedule).');
    expect(files(report.suspicious)).toEqual(['test/sospetta.md', 'test/sospetta.md', 'test/sospetta.md', 'test/sospetta.md']);
    expect(files(report.doubts)).toEqual(['test/indovinata.md']);
    expect(report.doubts[0]!.message).toContain("l'importazione ha indovinato sector");
  });

  it('as text: no errors, the warnings counted, the next issue in short', () => {
    const text = formatReport(report, { checkedLinks: true });
    expect(text.split('\n')[0]).toBe('Controllo dei contenuti per il numero di lunedì 30 novembre 2026.');
    expect(text).not.toContain('ERRORI');
    expect(text).toContain('AVVISI: contatti o link da controllare (4)');
    expect(text).toContain('! test/incompleta.md: mancano informazioni');
    expect(text).toContain('ESCONO prima di lunedì (2)');
    expect(text).not.toContain('RESTANO dal numero precedente');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Risultato: nessun errore, 6 avvisi da guardare.');
  });

  it('with errors: they come first, publication is refused, unchecked links are said', () => {
    const broken = checkContent(items, [{ file: 'content/offerte/x.md', field: 'expires', line: 4, message: 'la data non esiste.' }], TODAY, [{ file: 'dist/index.html', message: 'link a /manca/' }]);
    expect(hasErrors(broken)).toBe(true);
    const text = formatReport(broken, { checkedLinks: false });
    const lines = text.split('\n');
    const firstWarning = lines.findIndex((line) => line.startsWith('AVVISI'));
    expect(lines.indexOf('ERRORI: il bollettino non si può pubblicare finché non li correggi (1)')).toBeGreaterThan(0);
    expect(lines.indexOf('ERRORI: link interni rotti nel sito costruito (1)')).toBeLessThan(firstWarning);
    expect(text).toContain('✗ content/offerte/x.md — campo "expires" (riga 4): la data non esiste.');
    expect(text).toContain('✗ dist/index.html: link a /manca/');
    expect(text).toContain('I link del sito non sono stati controllati: esegui prima "npm run build".');
    expect(lines.at(-1)).toBe('Risultato: 2 errori, 6 avvisi.');
  });

  it('as Markdown for a pull request: editors\' text cannot add HTML, links or formatting', () => {
    const nasty = offer('nasty', { ...complete, title: '<img src=x onerror=alert(1)> **[clic](https://x.test)**', published: '2026-11-16', apply: { phone: '123 4567' } });
    const markdown = formatReport(checkContent([nasty], [], TODAY), { checkedLinks: 'skip', markdown: true });
    expect(markdown.startsWith('## ✓ Risultato: nessun errore, 1 avvisi da guardare.')).toBe(true);
    expect(markdown).not.toMatch(/<img|\*\*\[|\]\(/);
    expect(markdown).not.toContain('I link del sito');
    fc.assert(fc.property(fc.string(), (text) => {
      const escaped = escapeMarkdown(text);
      expect(escaped).not.toMatch(/<|(?<!\\)[*_`[\]#|~!]/);
    }));
  });
});
