/**
 * The one place addresses are hidden: every line printed, every reply stored and every
 * value echoed back from the subscribers' file goes through `maskAddresses`.
 */

/** `m***@example.org`: enough to recognise a line in a log, not to read the address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  const first = [...email.slice(0, at)][0] ?? '';
  return `${first}***${email.slice(at)}`;
}

// Anything that looks like local@domain inside free text: SMTP replies quote it as `<a@b>`,
// nodemailer as `"a@b"`, people type it anywhere.
const ADDRESS_IN_TEXT = /[^\s<>()[\]",;:@]+@[^\s<>()[\]{}"',;:@]+\.[^\s<>()[\]{}"',;:@]+/gu;

/** The text with every address in it masked (`550 <m***@example.org>: rejected`). */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS_IN_TEXT, (address) => maskEmail(address));
}
