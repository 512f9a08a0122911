/**
 * `npm run disiscrivi -- ADDRESS [--state DIR] [--riattiva]`: puts one address on the
 * suppression list (a request that arrived by e-mail or in person), or takes it off.
 * Prints the address masked only; running it twice changes nothing.
 */
import { join } from 'node:path';
import { bulletinToday } from '../issue/dates.ts';
import { singleAddress } from './address.ts';
import { maskAddresses, maskEmail } from './mask.ts';
import { StateWriteError } from './state.ts';
import { SUPPRESSION_FILE, SuppressionList } from './suppression.ts';
import { EXIT } from '../cli/exit-codes.ts';

export interface UnsubscribeCommand {
  /** The address as typed; undefined when missing. */
  address: string | undefined;
  /** The folder holding every week's send state (default `out/send-state`). */
  stateRoot: string | undefined;
  reactivate: boolean;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  error: (line: string) => void;
}

export function runUnsubscribeCommand(command: UnsubscribeCommand): number {
  const error = (line: string) => command.error(maskAddresses(line));
  const log = (line: string) => command.log(maskAddresses(line));
  if (command.address === undefined || command.address.trim() === '') {
    error('Indica l\'indirizzo da togliere: npm run disiscrivi -- INDIRIZZO');
    return EXIT.usage;
  }
  const checked = singleAddress(command.address, 'disiscrivi');
  if ('problem' in checked) {
    error(checked.problem);
    return EXIT.usage;
  }
  const masked = maskEmail(checked.address);
  const file = join(command.stateRoot ?? join('out', 'send-state'), SUPPRESSION_FILE);
  let date: string;
  try {
    date = bulletinToday(command.env);
  } catch (caught) {
    // A wrong BULLETIN_DATE is a setting to fix, not a run to resume.
    error((caught as Error).message);
    return EXIT.usage;
  }
  try {
    const list = new SuppressionList(file);
    if (command.reactivate) {
      const changed = list.add(checked.address, 'riattivato', { date });
      log(changed ? `${masked} riceverà di nuovo il bollettino (se è attivo nel file degli iscritti).` : `${masked} non era nella lista di esclusione: niente da cambiare.`);
    } else {
      const changed = list.add(checked.address, 'disiscritto', { date });
      log(changed ? `${masked} non riceverà più il bollettino (lista di esclusione: ${file}).` : `${masked} era già nella lista di esclusione: niente da cambiare.`);
    }
    return EXIT.ok;
  } catch (caught) {
    error(caught instanceof StateWriteError ? `Non fatto: ${caught.message}.` : `Non fatto: ${(caught as Error).message}`);
    return EXIT.incomplete;
  }
}
