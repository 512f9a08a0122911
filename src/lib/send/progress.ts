/** Progress of a send: a line redrawn in place on a terminal, periodic lines in logs. */

export interface ProgressCounts {
  done: number;
  total: number;
  sent: number;
  failed: number;
  deferred: number;
}

export interface ProgressReporter {
  update(counts: ProgressCounts): void;
  finish(counts: ProgressCounts): void;
}

export function progressLine(counts: ProgressCounts, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? counts.done / (elapsedMs / 1000) : 0;
  const left = counts.total - counts.done;
  const eta = rate > 0 ? Math.ceil(left / rate) : undefined;
  const problems = counts.failed + counts.deferred ? ` · non riusciti ${counts.failed + counts.deferred}` : '';
  return `Invio ${counts.done}/${counts.total} (inviati ${counts.sent}${problems}) · ${rate.toFixed(1)} msg/s${eta !== undefined && left > 0 ? ` · fine tra circa ${eta} s` : ''}`;
}

export function createProgress(stream: NodeJS.WriteStream, options: { intervalMs?: number; now?: () => number } = {}): ProgressReporter {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? (stream.isTTY ? 200 : 5000);
  const start = now();
  let last = 0;
  return {
    update(counts) {
      const time = now();
      if (time - last < interval) return;
      last = time;
      const line = progressLine(counts, time - start);
      stream.write(stream.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
    },
    finish(counts) {
      const line = progressLine(counts, now() - start);
      stream.write(stream.isTTY ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
}
