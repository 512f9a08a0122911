/**
 * The service's log lines reach stdout in batches: in order, each whole, at most `flushMs`
 * late, at once past `maxChars`, and all of them on `flush()` (at exit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineLog } from '../../../src/service/log-lines.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the service log', () => {
  it('writes the lines of a burst in one write, in order, after flushMs', async () => {
    const writes: string[] = [];
    const log = lineLog((text) => writes.push(text), { flushMs: 20 });
    log.add('GET /salute 200 0ms');
    log.add('POST /iscrizione 200 1ms');
    expect(writes).toEqual([]);
    await pause(60);
    expect(writes).toEqual(['GET /salute 200 0ms\nPOST /iscrizione 200 1ms\n']);
    log.add('terza');
    await pause(60);
    expect(writes).toEqual(['GET /salute 200 0ms\nPOST /iscrizione 200 1ms\n', 'terza\n']);
  });

  it('writes at once when maxChars are waiting, and everything on flush', () => {
    const writes: string[] = [];
    const log = lineLog((text) => writes.push(text), { flushMs: 60_000, maxChars: 10 });
    log.add('12345');
    expect(writes).toEqual([]);
    log.add('67890');
    expect(writes).toEqual(['12345\n67890\n']);
    log.add('ultima');
    log.flush();
    log.flush();
    expect(writes).toEqual(['12345\n67890\n', 'ultima\n']);
  });

  it('loses, splits and reorders no line, whatever the lines and limits', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/\n/g, ' '))), fc.integer({ min: 1, max: 200 }), (added, maxChars) => {
      const writes: string[] = [];
      const log = lineLog((text) => writes.push(text), { flushMs: 60_000, maxChars });
      for (const line of added) log.add(line);
      log.flush();
      expect(writes.join('')).toBe(added.map((line) => `${line}\n`).join(''));
      for (const text of writes) expect(text.endsWith('\n')).toBe(true);
    }));
  });
});
