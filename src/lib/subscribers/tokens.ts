/**
 * Signed tokens in links and forms: `<parts>.<expiry>.<signature>`, the signature an HMAC
 * (SHA-256, `UNSUBSCRIBE_SECRET`) over a purpose, the parts and the expiry, compared in
 * constant time. Times come from the caller's clock (the real one, never `BULLETIN_DATE`).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isLang, type Lang } from '../../i18n/languages.ts';
import { unsubscribeToken } from '../send/message.ts';

export type TokenPurpose = 'conferma' | 'modulo';

const SIGNATURE_LENGTH = 22;
const PART = /^[A-Za-z0-9_-]{1,64}$/;

function signature(secret: string, purpose: TokenPurpose, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest('base64url').slice(0, SIGNATURE_LENGTH);
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function signToken(secret: string, purpose: TokenPurpose, parts: readonly string[], expiresAtMs: number): string {
  for (const part of parts) if (!PART.test(part)) throw new Error(`token part "${part}" is not base64url`);
  const body = [...parts, Math.floor(expiresAtMs / 1000).toString(36)].join('.');
  return `${body}.${signature(secret, purpose, body)}`;
}

export type TokenCheck = { ok: true; parts: string[]; expiresAtMs: number } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyToken(secret: string, purpose: TokenPurpose, token: string, nowMs: number, partCount: number): TokenCheck {
  if (token.length > 256) return { ok: false, reason: 'invalid' };
  const pieces = token.split('.');
  if (pieces.length !== partCount + 2) return { ok: false, reason: 'invalid' };
  const given = pieces.pop()!;
  const body = pieces.join('.');
  if (!sameText(given, signature(secret, purpose, body))) return { ok: false, reason: 'invalid' };
  const expiresAtMs = parseInt(pieces.pop()!, 36) * 1000;
  if (!Number.isFinite(expiresAtMs)) return { ok: false, reason: 'invalid' };
  if (nowMs >= expiresAtMs) return { ok: false, reason: 'expired' };
  return { ok: true, parts: pieces, expiresAtMs };
}

export const CONFIRMATION_DAYS = 7;
const DAY_MS = 86_400_000;

export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

/** The link in the confirmation e-mail: which pending sign-up, in which language, until when. */
export function confirmationToken(secret: string, nonce: string, lang: Lang, nowMs: number): string {
  return signToken(secret, 'conferma', [nonce, lang], nowMs + CONFIRMATION_DAYS * DAY_MS);
}

export type ConfirmationCheck = { ok: true; nonce: string; lang: Lang } | { ok: false; reason: 'invalid' | 'expired' };

export function checkConfirmationToken(secret: string, token: string, nowMs: number): ConfirmationCheck {
  const check = verifyToken(secret, 'conferma', token, nowMs, 2);
  if (!check.ok) return check;
  const [nonce = '', lang = ''] = check.parts;
  return isLang(lang) ? { ok: true, nonce, lang } : { ok: false, reason: 'invalid' };
}

/** How long a loaded form stays good for. */
const FORM_TOKEN_MS = DAY_MS;

/** Carried by the form: when it was handed out, so a submit faster than a person can type is recognised. */
export function formToken(secret: string, nowMs: number): string {
  return signToken(secret, 'modulo', [nowMs.toString(36)], nowMs + FORM_TOKEN_MS);
}

/** `ok` when the form was loaded at least `minDelayMs` ago; `too-fast` for a robot; `missing` for no, a bad or an old token. */
export function checkFormToken(secret: string, token: string | undefined, nowMs: number, minDelayMs: number): 'ok' | 'too-fast' | 'missing' {
  if (!token) return 'missing';
  const check = verifyToken(secret, 'modulo', token, nowMs, 1);
  if (!check.ok) return 'missing';
  const issuedMs = parseInt(check.parts[0] ?? '', 36);
  if (!Number.isFinite(issuedMs) || issuedMs > nowMs) return 'missing';
  return nowMs - issuedMs >= minDelayMs ? 'ok' : 'too-fast';
}

/** Stored instead of the unsubscribe token itself: a copy of the database cannot unsubscribe anyone. */
export function unsubscribeKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** The key of an address's unsubscribe token: the token is the one every issue e-mail has carried (`unsubscribeToken`). */
export function unsubscribeKeyFor(email: string, secret: string): string {
  return unsubscribeKey(unsubscribeToken(email, secret));
}

/** A client's network address as a keyed hash: the same for the same address, useless without the secret. */
export function hashIp(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`ip\n${ip}`).digest('base64url').slice(0, 22);
}

export { unsubscribeToken };
