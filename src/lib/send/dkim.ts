/**
 * DKIM signing by the sender, for a relay that does not sign for our domain: `DKIM_SELECTOR`
 * and `DKIM_KEY_FILE` (the private key, PEM) set together. nodemailer signs the headers a
 * one-click unsubscribe needs (`List-Unsubscribe`, `List-Unsubscribe-Post`) among the others.
 */
import { readFileSync } from 'node:fs';

export interface DkimOptions {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/** The signing settings, or a problem in Italian; `undefined` when DKIM is not set up. */
export function dkimFromEnv(env: Record<string, string | undefined>, from: string): DkimOptions | { problem: string } | undefined {
  const keySelector = env['DKIM_SELECTOR']?.trim();
  const keyFile = env['DKIM_KEY_FILE']?.trim();
  if (!keySelector && !keyFile) return undefined;
  if (!keySelector || !keyFile) {
    return { problem: `Per firmare le e-mail con DKIM servono sia DKIM_SELECTOR sia DKIM_KEY_FILE (manca ${keySelector ? 'DKIM_KEY_FILE' : 'DKIM_SELECTOR'}). Impostali tutti e due, oppure nessuno se il server SMTP firma già.` };
  }
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(keySelector)) {
    return { problem: `DKIM_SELECTOR "${keySelector}" non è un selettore valido: usa lettere, cifre, trattini e punti, come nel record DNS <selettore>._domainkey.<dominio>.` };
  }
  let privateKey: string;
  try {
    privateKey = readFileSync(keyFile, 'utf8');
  } catch {
    return { problem: `Non riesco a leggere DKIM_KEY_FILE (${keyFile}): indica il percorso del file della chiave privata DKIM (formato PEM).` };
  }
  if (!/-----BEGIN (?:RSA |EC )?PRIVATE KEY-----/.test(privateKey)) {
    return { problem: `DKIM_KEY_FILE (${keyFile}) non contiene una chiave privata in formato PEM ("-----BEGIN PRIVATE KEY-----").` };
  }
  // Signed for the sender's own domain, the one DMARC aligns with.
  const domainName = /@([^\s@>]+)>?\s*$/.exec(from)?.[1];
  if (!domainName) return { problem: `Non trovo il dominio del mittente in "${from}" (settings.email.from): serve per la firma DKIM.` };
  return { domainName, keySelector, privateKey };
}
