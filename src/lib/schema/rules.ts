import type { z } from 'zod';
import { expiryOf, type ExpiryFields } from '../issue/validity.ts';

/** An item whose last day comes before its first would never be shown: say so. */
export function checkExpiry(item: ExpiryFields, ctx: z.RefinementCtx): void {
  const expires = expiryOf(item);
  if (expires === undefined || expires >= item.published) return;
  if (item.expires) {
    ctx.addIssue({
      code: 'custom',
      path: ['expires'],
      message: `la scadenza (${item.expires}) è prima della pubblicazione (${item.published}). La scadenza deve essere uguale o successiva a "published".`,
      params: { form: `è prima della data di pubblicazione (${item.published}): scegli lo stesso giorno o uno successivo.` },
    });
  } else {
    const from = item.kind === 'course' ? (item.enrollBy ? 'enrollBy' : 'start') : 'deadline';
    ctx.addIssue({
      code: 'custom',
      path: [from],
      message: `"${from}" (${expires}) è prima della pubblicazione (${item.published}), quindi la scheda non comparirebbe mai. Correggi la data o aggiungi "expires" con l'ultimo giorno in cui mostrarla.`,
      params: { form: `è prima della data di pubblicazione (${item.published}), quindi la scheda non comparirebbe mai: correggi la data, oppure compila "Ultimo giorno in cui mostrarlo".` },
    });
  }
}

/** "Posto coperto" or "posti esauriti" before the first day: the item would never be open. */
export function checkClosedByHand(item: { published: string; filled?: string | undefined; full?: string | undefined }, key: 'filled' | 'full', ctx: z.RefinementCtx): void {
  const day = item[key];
  if (day === undefined || day >= item.published) return;
  const words = key === 'filled' ? 'il posto risulta coperto' : 'i posti risultano esauriti';
  ctx.addIssue({
    code: 'custom',
    path: [key],
    message: `${words} dal ${day}, prima della pubblicazione (${item.published}). Scrivi il giorno in cui è successo, uguale o successivo a "published".`,
    params: { form: `${words} dal ${day}, prima della data di pubblicazione (${item.published}): scegli il giorno in cui è successo, lo stesso della pubblicazione o uno successivo.` },
  });
}

/** An import's guesses not yet checked: fine in a draft, never in what is published. */
export function checkDoubts(item: { draft: boolean; daControllare?: string[] | undefined }, ctx: z.RefinementCtx): void {
  if (item.draft || !item.daControllare?.length) return;
  ctx.addIssue({
    code: 'custom',
    path: ['daControllare'],
    message: `ci sono ancora campi indovinati dall'importazione da controllare (${item.daControllare.join(', ')}). Controllali, poi togli la riga "daControllare" (nell'editor web: "Ho controllato"), oppure lascia la scheda in bozza.`,
    params: { form: 'ci sono ancora campi indovinati dall\'importazione: controllali, poi premi "Ho controllato" nel riquadro in cima al modulo, oppure lascia attivo "Bozza".' },
  });
}
