/**
 * Which subscriber addresses are valid: the usual ASCII ones and internationalised ones
 * (`mario@bücher.example`, `dörte@example.org`, RFC 6531). nodemailer sends the domain as
 * punycode and asks for SMTPUTF8 when the local part is not ASCII.
 */
import { domainToASCII } from 'node:url';
import { maskAddresses } from './mask.ts';

// A dot-atom whose characters may be any letter or digit, not only ASCII ones.
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The address with its domain as punycode (`mario@xn--bcher-kva.example`), or undefined when invalid. */
export function asciiDomainAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return undefined;
  const local = address.slice(0, at);
  const domain = domainToASCII(address.slice(at + 1));
  if (!domain || !domain.includes('.')) return undefined;
  return `${local}@${domain}`;
}

export function isEmailAddress(address: string): boolean {
  if (address.length > 254 || /\s/.test(address)) return false;
  const ascii = asciiDomainAddress(address);
  if (!ascii) return false;
  const at = ascii.lastIndexOf('@');
  const local = ascii.slice(0, at);
  const labels = ascii.slice(at + 1).split('.');
  return new TextEncoder().encode(local).length <= 64 && LOCAL_PART.test(local) && labels.length >= 2
    && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(labels.at(-1)!);
}

/**
 * One address typed on the command line (`--test`, `disiscrivi`): trimmed and checked;
 * a list or anything else is refused with an Italian message that shows it masked.
 */
export function singleAddress(value: string, option: string): { address: string } | { problem: string } {
  const address = value.trim();
  if (/[,;\s]/.test(address) || (address.match(/@/g) ?? []).length > 1) {
    return { problem: `${option} accetta un solo indirizzo e-mail, non un elenco (trovato "${maskAddresses(address)}").` };
  }
  if (!isEmailAddress(address)) {
    return { problem: `${option}: "${maskAddresses(address)}" non è un indirizzo e-mail valido: serve un nome, una sola @ e un dominio con il punto.` };
  }
  return { address };
}
