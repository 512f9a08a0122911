/**
 * Optional proof-of-work (ALTCHA, `altcha-lib`): the form's widget solves a small puzzle the
 * service signed; a solved puzzle counts once (replays are refused). A reader without
 * JavaScript is never blocked: without a solution the stricter per-network limit applies.
 */
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { CappedMap, create } from 'altcha-lib/frameworks/hono';
import { createChallenge, type Challenge } from 'altcha-lib';

export interface ProofOfWork {
  challenge(): Promise<Challenge>;
  /** True for a valid, fresh, never used solution. */
  check(payload: unknown): Promise<boolean>;
}

const CHALLENGE_MS = 10 * 60_000;

export function createProofOfWork(options: { secret: string; cost: number; clock: () => Date }): ProofOfWork {
  const hmacSignatureSecret = `altcha\n${options.secret}`;
  const used = new CappedMap<string, boolean>({ maxSize: 100_000 });
  const altcha = create({
    deriveKey,
    hmacSignatureSecret,
    store: used,
    createChallengeParameters: () => ({ algorithm: 'SHA-256', cost: options.cost, expiresAt: new Date(options.clock().getTime() + CHALLENGE_MS) }),
  });
  return {
    challenge() {
      return createChallenge({ algorithm: 'SHA-256', cost: options.cost, deriveKey, hmacSignatureSecret, expiresAt: new Date(options.clock().getTime() + CHALLENGE_MS) });
    },
    async check(payload) {
      if (typeof payload !== 'string' || payload.length > 4000) return false;
      const result = await altcha.verify(payload, deriveKey, hmacSignatureSecret, undefined, used);
      return result.error === null && Boolean(result.verification?.verified);
    },
  };
}
