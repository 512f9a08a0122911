/**
 * Loaded into the benchmarked service (`node --import`): the main thread's event-loop delay and
 * its garbage-collection pauses, measured inside the service whatever the machine's load. On
 * SIGUSR2 it prints one line `sonda: {json}` with the figures since the last signal and starts
 * over, so the benchmark reads them per measurement. Not part of the service.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
let gcCount = 0;
let gcTotalMs = 0;
let gcMaxMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcCount++;
    gcTotalMs += entry.duration;
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

process.on('SIGUSR2', () => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  console.log(`sonda: ${JSON.stringify({
    loopP50: ms(delay.percentile(50)), loopP99: ms(delay.percentile(99)), loopMax: ms(delay.max),
    gcCount, gcTotalMs: Math.round(gcTotalMs), gcMaxMs: Math.round(gcMaxMs * 10) / 10,
  })}`);
  delay.reset();
  gcCount = 0;
  gcTotalMs = 0;
  gcMaxMs = 0;
});
