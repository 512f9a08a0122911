/**
 * `npm run controlla`: what editors should look at before the next issue. Errors stop
 * publication (content problems, broken internal links); the rest are warnings.
 */
import { addDays, type CalendarDate } from '../issue/dates.ts';
import { nextIssuePlan, upcomingMondayFrom, type NextIssuePlan } from './next-issue.ts';
import type { ContentProblem } from '../content/problems.ts';
import { mediumDate } from '../view/format.ts';
import { isInIssue } from '../issue/model.ts';
import type { Item } from '../content/items.ts';
import { internationalPhone } from '../text/phone.ts';
import { closureOn, endsBy } from '../issue/validity.ts';
import { withArticle } from '../../i18n/elision.ts';
import { staleTranslations, translationStatus, type LanguageStatus } from '../translations/status.ts';

export interface Finding {
  file: string;
  message: string;
}

export interface CheckReport {
  /** The Monday of the next issue (today, if today is a Monday). */
  upcomingMonday: CalendarDate;
  problems: ContentProblem[];
  brokenLinks: Finding[];
  expiringThisWeek: Finding[];
  expired: Finding[];
  duplicates: Finding[];
  missingFields: Finding[];
  suspicious: Finding[];
  /** Files in the content folders that are not items. */
  otherFiles: Finding[];
  /** Translations whose Italian changed since they were made (readers get the Italian). */
  staleTranslations: Finding[];
  /** Per reader language, the next issue's items by translation state. */
  translationStatus: LanguageStatus[];
  /** Drafts with fields an import guessed (`daControllare`), until the editor clears them. */
  doubts: Finding[];
  /** What next Monday's issue will hold (`controlla --prossimo`). */
  next: NextIssuePlan;
}

export { upcomingMondayFrom };

const words = (text: string): Set<string> =>
  new Set(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 2));

/** Share of words two titles have in common (Jaccard). */
export function titleSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (!left.size || !right.size) return 0;
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  return common / (left.size + right.size - common);
}

const SIMILAR_TITLE = 0.5;

function organisation(item: Item): string | undefined {
  const name = item.kind === 'offer' ? item.data.employer : item.data.provider;
  return name?.trim().toLowerCase() || undefined;
}

function contacts(item: Item): string[] {
  const { phone, whatsapp, email, url } = item.data.apply;
  return [phone && internationalPhone(phone), whatsapp && internationalPhone(whatsapp), email?.toLowerCase(), url?.replace(/\/$/, '')].filter((c): c is string => Boolean(c));
}

export function findDuplicates(items: readonly Item[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.kind !== b.kind || titleSimilarity(a.data.title, b.data.title) < SIMILAR_TITLE) continue;
      const sameOrg = organisation(a) !== undefined && organisation(a) === organisation(b);
      const sharedContact = contacts(a).find((contact) => contacts(b).includes(contact));
      if (sameOrg || sharedContact) {
        const why = sameOrg ? `stesso ${a.kind === 'offer' ? 'datore di lavoro' : 'ente'} e titolo simile` : `stesso contatto (${sharedContact}) e titolo simile`;
        findings.push({ file: a.file, message: `sembra un doppione di ${b.file} (${why}). Se è lo stesso annuncio, tienine uno solo.` });
      }
    }
  }
  return findings;
}

export function findMissingFields(item: Item): Finding[] {
  if (item.kind !== 'offer') return [];
  const missing: string[] = [];
  const { location } = item.data;
  if (location.city === 'Milano' && !location.zone && !location.address && !location.municipio) missing.push('il luogo (location: zone, address o municipio)');
  if (!item.data.italian) missing.push('il livello di italiano richiesto (italian)');
  if (!item.data.schedule) missing.push('giorni e orari (schedule)');
  return missing.length ? [{ file: item.file, message: `mancano informazioni che servono per decidere: ${missing.join(', ')}.` }] : [];
}

const EMAIL_TYPOS = /@(gmial|gmai|gmal|gamil|gnail|hotmial|hotmal|hotmai|yaho|yahooo|libro|outlok)\.|\.(con|cmo|ocm|itt)$/i;

/** Italian numbers: landlines start with 0, mobiles with 3, toll-free and services with 8. */
function phoneWarning(written: string, whatsapp: boolean): string | undefined {
  const digits = written.replace(/\D/g, '');
  if (written.trim().startsWith('+') && !written.trim().startsWith('+39')) return undefined;
  const national = written.trim().startsWith('+39') ? digits.slice(2) : digits;
  if (whatsapp && !national.startsWith('3')) return `"${written}" non sembra un cellulare: WhatsApp funziona solo con i numeri di cellulare (in Italia iniziano con 3).`;
  if (national.startsWith('3') && (national.length < 9 || national.length > 10)) return `"${written}" ha ${national.length} cifre: un cellulare italiano ne ha 9 o 10.`;
  if (national.startsWith('0') && (national.length < 6 || national.length > 11)) return `"${written}" ha ${national.length} cifre: un numero fisso italiano ne ha da 6 a 11.`;
  if (!/^[038]/.test(national)) return `"${written}" non sembra un numero italiano: i fissi iniziano con 0, i cellulari con 3. Per un numero estero scrivi il prefisso con +.`;
  return undefined;
}

export function findSuspicious(item: Item): Finding[] {
  const findings: Finding[] = [];
  const { apply } = item.data;
  const add = (message: string) => findings.push({ file: item.file, message });
  if (apply.phone) {
    const warning = phoneWarning(apply.phone, false);
    if (warning) add(`apply.phone: ${warning}`);
  }
  if (apply.whatsapp) {
    const warning = phoneWarning(apply.whatsapp, true);
    if (warning) add(`apply.whatsapp: ${warning}`);
  }
  if (apply.email && EMAIL_TYPOS.test(apply.email)) add(`apply.email: "${apply.email}" sembra scritto male (controlla il dominio dopo la @).`);
  const links: [string, string | undefined][] = [['apply.url', apply.url]];
  if (item.kind === 'offer') links.push(['sourceUrl', item.data.sourceUrl]);
  if (item.kind === 'service') links.push(['officialUrl', item.data.officialUrl]);
  for (const [field, url] of links) {
    if (url?.startsWith('http://')) add(`${field}: "${url}" usa http://; se il sito funziona con https://, scrivi https:// (più sicuro per chi legge).`);
  }
  return findings;
}

export function checkContent(items: readonly Item[], problems: readonly ContentProblem[], today: CalendarDate, brokenLinks: Finding[] = [], notices: readonly ContentProblem[] = []): CheckReport {
  const upcomingMonday = upcomingMondayFrom(today);
  const sunday = addDays(upcomingMonday, 6);
  const live = items.filter((item) => !item.data.draft);
  const upcoming = live.filter((item) => isInIssue(item, upcomingMonday));
  const current = live.filter((item) => closureOn(item, today) === undefined);
  return {
    upcomingMonday,
    problems: [...problems],
    brokenLinks,
    expiringThisWeek: upcoming
      .filter((item) => endsBy(item.expiresOn, sunday))
      .map((item) => ({ file: item.file, message: `«${item.data.title}» scade ${withArticle('il', mediumDate(item.expiresOn!))}: se è ancora valido, sposta "expires" più avanti.` })),
    expired: live
      .filter((item) => closureOn(item, today) === 'expired')
      .map((item) => ({ file: item.file, message: `«${item.data.title}» è scaduto ${withArticle('il', mediumDate(item.expiresOn!))}: non compare più nei numeri; puoi lasciarlo (resta la sua pagina, segnata come chiusa) o cancellarlo.` })),
    duplicates: findDuplicates(current),
    missingFields: upcoming.flatMap(findMissingFields),
    suspicious: current.flatMap(findSuspicious),
    otherFiles: notices.map(({ file, message }) => ({ file, message })),
    staleTranslations: staleTranslations(current),
    translationStatus: translationStatus(upcoming),
    doubts: items
      .filter((item) => item.data.daControllare?.length)
      .map((item) => ({ file: item.file, message: `«${item.data.title}»: l'importazione ha indovinato ${item.data.daControllare!.join(', ')}. Controlla questi campi, poi togli la riga "daControllare" (nell'editor web: "Ho controllato"); finché c'è, la scheda resta una bozza.` })),
    next: nextIssuePlan(items, today),
  };
}
