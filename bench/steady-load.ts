/**
 * A steady load: requests at evenly spaced times (`rate` a second), whatever the answers do —
 * an open loop, as readers arrive. Latency is counted from the time a request was due, not
 * from when a free connection sent it, so a stalled service or a stalled generator both show
 * (no coordinated omission). autocannon's `overallRate` instead lets every connection send its
 * share of a second back to back at the second's start and then wait: a burst at full speed
 * every second, and its latency correction assumes a 1 ms interval.
 */
import { Agent, request as httpRequest } from 'node:http';

export interface SteadyRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface SteadyOptions {
  /** `http://127.0.0.1:8787` */
  url: string;
  /** Requests a second. */
  rate: number;
  seconds: number;
  /** Open connections at most (kept alive); a request due while all are busy waits for one. */
  connections: number;
  /** The i-th request. */
  next: (i: number) => SteadyRequest;
}

export interface SteadyFigures {
  perSecond: number;
  /** Latency percentiles in ms, from the time each request was due. */
  p50: number;
  p99: number;
  max: number;
  total: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function steadyLoad(options: SteadyOptions): Promise<SteadyFigures> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const count = Math.round(options.rate * options.seconds);
  const intervalMs = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let finished = 0;
  let issued = 0;
  const started = performance.now();
  let lastDone = started;
  await new Promise<void>((resolve) => {
    const send = (i: number) => {
      const due = started + i * intervalMs;
      const { method, path, headers = {}, body } = options.next(i);
      const done = (ok: boolean) => {
        const now = performance.now();
        lastDone = now;
        latencies.push(now - due);
        if (!ok) errors++;
        if (++finished === count) resolve();
      };
      const request = httpRequest({ agent, host: target.hostname, port: target.port, method, path, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
        response.on('data', () => {});
        response.on('end', () => done((response.statusCode ?? 0) < 400));
        response.on('error', () => done(false));
      });
      request.on('error', () => done(false));
      request.end(body);
    };
    // Every millisecond, whatever came due since the last tick goes out (timers are not finer).
    const tick = () => {
      const due = Math.min(count, Math.floor((performance.now() - started) / intervalMs) + 1);
      while (issued < due) send(issued++);
      if (issued < count) setTimeout(tick, 1);
    };
    tick();
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    perSecond: count / ((lastDone - started) / 1000),
    p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0),
    total: count, errors,
  };
}
