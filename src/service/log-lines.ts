/**
 * The service's log lines, written in batches: one write to stdout every `flushMs` (or when
 * `maxBytes` are waiting) instead of one per line. Each write to a pipe (journald, a terminal)
 * is a system call on the requests' thread, and the service logs a line or two per request.
 * Lines keep their order and their own time; `flush()` writes what waits (at exit).
 */
export interface LineLog {
  /** Queues one line (a newline is added). */
  add(line: string): void;
  /** Writes every queued line now, in one write. */
  flush(): void;
}

export interface LineLogOptions {
  /** Longest a line waits, default 100 ms. */
  flushMs?: number;
  /** Written at once past this many characters waiting, default 16,384. */
  maxChars?: number;
}

export function lineLog(write: (text: string) => void, options: LineLogOptions = {}): LineLog {
  const flushMs = options.flushMs ?? 100;
  const maxChars = options.maxChars ?? 16_384;
  let waiting: string[] = [];
  let chars = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!waiting.length) return;
    const text = waiting.join('');
    waiting = [];
    chars = 0;
    write(text);
  };
  return {
    add(line) {
      waiting.push(`${line}\n`);
      chars += line.length + 1;
      if (chars >= maxChars) flush();
      else if (!timer) {
        timer = setTimeout(flush, flushMs);
        // A line waiting never keeps the process alive; `flush()` at exit writes it.
        timer.unref();
      }
    },
    flush,
  };
}
