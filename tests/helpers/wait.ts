/** Waiting in tests: every poll has a deadline and says what it waited for when it gives up. */

export const pause = (ms: number): Promise<void> => new Promise((wake) => setTimeout(wake, ms));

/** Polls `condition` every `everyMs` until it holds; throws after `timeoutMs` naming `what`. */
export async function waitUntil(condition: () => boolean, what: string, { timeoutMs = 60_000, everyMs = 20 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await pause(everyMs);
  }
}

/** The same, blocking the thread (for synchronous helpers). */
export function waitUntilSync(condition: () => boolean, what: string, { timeoutMs = 60_000, everyMs = 200 } = {}): void {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, everyMs);
  }
}
