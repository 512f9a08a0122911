import type { z } from 'zod';
import { expiryOf, type ExpiryFields } from '../issue/validity.ts';

/** An item whose last day comes before its first would never be shown: say so. */
export function checkExpiry(item: ExpiryFields, ctx: z.RefinementCtx): void {
  const expires = expiryOf(item);
  if (expires === undefined || expires >= item.published) return;
  if (item.expires) {
    ctx.addIssue({ code: 'custom', path: ['expires'], message: `la scadenza (${item.expires}) è prima della pubblicazione (${item.published}). La scadenza deve essere uguale o successiva a "published".` });
  } else {
    const from = item.kind === 'course' ? (item.enrollBy ? 'enrollBy' : 'start') : 'deadline';
    ctx.addIssue({ code: 'custom', path: [from], message: `"${from}" (${expires}) è prima della pubblicazione (${item.published}), quindi la scheda non comparirebbe mai. Correggi la data o aggiungi "expires" con l'ultimo giorno in cui mostrarla.` });
  }
}
