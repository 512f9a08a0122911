/**
 * The build's problems worded for someone filling the web editor's form: the same checks as
 * `content/problems.ts`, without YAML advice ("aggiungi una riga", "tra virgolette", "true").
 * Cross-field rules carry their form wording beside the file's (`params.form`, written where the rule is).
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
    case 'invalid_union':
      // The only union of the schemas is a date (text or the parser's Date).
      return [{ field, message: 'non è una data valida: sceglila dal calendario.' }];
    case 'too_big':
      if (issue.origin === 'string') return [{ field, message: `è troppo lungo: al massimo ${String(issue.maximum)} caratteri. Accorcialo e metti i dettagli nel campo "Dettagli".` }];
      break;
    case 'too_small':
      if (issue.origin === 'array') return [{ field, message: 'l\'elenco è vuoto: aggiungi una voce oppure toglilo.' }];
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return [{ field, message: 'è vuoto: scrivi un testo oppure lascia il campo vuoto.' }];
      break;
    case 'custom': {
      const params = issue.params as { kind?: string; form?: string } | undefined;
      if (params?.form) return [{ field, message: params.form }];
      if (params?.kind === 'apply-empty') {
        return [{ field, message: 'compila almeno un modo per candidarsi: telefono, WhatsApp, e-mail, pagina web o di persona.' }];
      }
      break;
    }
    default:
      break;
  }
  return describeIssue(issue, schema);
}
