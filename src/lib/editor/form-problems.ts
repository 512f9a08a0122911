/**
 * The build's problems worded for someone filling the web editor's form: the same checks as
 * `content/problems.ts`, without YAML advice ("aggiungi una riga", "tra virgolette", "true").
 */
import type { z } from 'zod';
import { describeIssue } from '../content/problems.ts';

export function describeFormIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { field: string; message: string }[] {
  const field = issue.path.map(String).join('.');
  const input = (issue as { input?: unknown }).input;
  const empty = input === undefined || input === null || input === '';
  switch (issue.code) {
    case 'invalid_type':
      if (empty) return [{ field, message: 'manca, ed è obbligatorio: compila questo campo.' }];
      break;
    case 'invalid_value':
      return [{ field, message: empty ? 'scegli un valore dall\'elenco.' : `"${String(input)}" non è tra i valori dell'elenco: scegline uno.` }];
    case 'too_small':
      if (issue.origin === 'array') return [{ field, message: 'l\'elenco è vuoto: aggiungi una voce oppure toglilo.' }];
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return [{ field, message: 'è vuoto: scrivi un testo oppure lascia il campo vuoto.' }];
      break;
    case 'custom':
      if ((issue.params as { kind?: string } | undefined)?.kind === 'apply-empty') {
        return [{ field, message: 'compila almeno un modo per candidarsi: telefono, WhatsApp, e-mail, pagina web o di persona.' }];
      }
      break;
    default:
      break;
  }
  return describeIssue(issue, schema);
}
