/**
 * The exit code of every command, decided here and nowhere else: each kind of outcome has
 * one code, whichever command meets it, so a timer, a CI job or a person reads them alike.
 */

/** Exit codes, documented in the README ("Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Content errors (or a source `importa` refused): fix the files; nothing was built or sent. */
  content: 1,
  /** The build failed or another one holds its folder: the published site is unchanged. */
  build: 2,
  /** Delivery not complete (e-mail, Telegram): run the same command again to resume. */
  incomplete: 3,
  /** Wrong arguments or settings: fix the command line or the environment. */
  usage: 4,
} as const;

export type OutcomeKind = keyof typeof EXIT;

/** An error that knows which kind of outcome it is; its message is the Italian sentence shown. */
export class CommandError extends Error {
  readonly kind: Exclude<OutcomeKind, 'ok'>;
  constructor(kind: Exclude<OutcomeKind, 'ok'>, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Wrong arguments or settings. */
export class UsageError extends CommandError {
  constructor(message: string) {
    super('usage', message);
  }
}

/** The code for an outcome kind. */
export function exitCodeFor(kind: OutcomeKind): number {
  return EXIT[kind];
}

/** The code for anything a command threw: its kind if it has one, else an unfinished delivery or build. */
export function exitCodeOf(error: unknown, otherwise: Exclude<OutcomeKind, 'ok'>): number {
  return error instanceof CommandError ? EXIT[error.kind] : EXIT[otherwise];
}
