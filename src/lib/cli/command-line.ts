/**
 * Every command's arguments: `--help` (or `-h`) in Italian, and wrong arguments said in
 * Italian with the command's usage and the nearest option, never a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { nearestKey } from '../content/problems.ts';
import { EXIT } from './exit-codes.ts';

/** What `--help` says about a command, in Italian. */
export interface CommandHelp {
  /** The command as typed: `npm run controlla -- [opzioni]`. */
  usage: string;
  /** What it does, in plain words (one or more lines). */
  summary: string;
  /** Positional arguments, one line each: `INDIRIZZO  l'indirizzo da togliere`. */
  args?: readonly (readonly [string, string])[];
  /** Per option (the keys of the options): the value's placeholder and what it does. */
  options: Record<string, { value?: string; text: string }>;
  examples?: readonly string[];
  /** Anything else worth knowing: environment variables, exit codes. */
  notes?: readonly string[];
}

export interface CommandSpec<Options extends ParseArgsOptionsConfig> {
  /** The npm script's name: `controlla`. */
  name: string;
  options: Options;
  allowPositionals?: boolean;
  help: CommandHelp;
}


function optionsColumn(name: string, value: string | undefined, short: string | undefined): string {
  return `${short ? `-${short}, ` : ''}--${name}${value ? ` ${value}` : ''}`;
}

/** The text `--help` prints. */
export function helpText<Options extends ParseArgsOptionsConfig>(spec: CommandSpec<Options>): string {
  const { help } = spec;
  const rows: [string, string][] = [
    ...Object.entries(help.options).map(([name, option]): [string, string] => [optionsColumn(name, option.value, spec.options[name]?.short), option.text]),
    ['-h, --help', 'mostra questo aiuto'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length), ...(help.args ?? []).map(([left]) => left.length));
  const table = (list: readonly (readonly [string, string])[]) => list.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
  const lines = [`Uso: ${help.usage}`, '', help.summary];
  if (help.args?.length) lines.push('', 'Argomenti:', ...table(help.args));
  lines.push('', 'Opzioni:', ...table(rows));
  if (help.examples?.length) lines.push('', 'Esempi:', ...help.examples.map((example) => `  ${example}`));
  if (help.notes?.length) lines.push('', ...help.notes);
  return `${lines.join('\n')}\n`;
}

export type CommandLine<Options extends ParseArgsOptionsConfig> =
  | { kind: 'run'; values: ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true; strict: true }>>['values']; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'wrong'; text: string };

/**
 * Why Node's `parseArgs` refused the arguments, in Italian, with the nearest known option. Used by
 * `parseCommandLine` and by the commands with a help text of their own (`iscritti`, `rapporto`, `traduci`).
 */
export function wrongArguments(error: unknown, known: string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  // Node quotes "-b, --batch" or "--out <value>": the long name is what people type.
  const option = /--[^\s,<]+/.exec(quoted)?.[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = nearestKey(option.replace(/^-+/, ''), known);
      return `l'opzione ${option} non esiste${near ? ` (forse intendevi: --${near})` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(message) ? `l'opzione ${option} non vuole un valore: scrivila da sola.` : `l'opzione ${option} vuole un valore: scrivilo dopo, per esempio ${option} VALORE.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `"${quoted}" non è un'opzione di questo comando: le opzioni iniziano con --.`;
    default:
      return 'argomenti non validi.';
  }
}

/** Reads a command line without exiting: what to run, or the text to print. */
export function parseCommandLine<Options extends ParseArgsOptionsConfig>(spec: CommandSpec<Options>, args: string[]): CommandLine<Options> {
  // npm passes "--" through when typed twice; it never means anything to our commands.
  const argv = args.filter((arg) => arg !== '--');
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: helpText(spec) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options: spec.options, allowPositionals: spec.allowPositionals ?? false, strict: true });
    return { kind: 'run', values: values as never, positionals };
  } catch (error) {
    const why = wrongArguments(error, Object.keys(spec.options));
    return { kind: 'wrong', text: `npm run ${spec.name}: ${why}\nUso: ${spec.help.usage}\nPer l'aiuto completo: npm run ${spec.name} -- --help\n` };
  }
}

/**
 * The command line of this process: prints the help and exits 0 on `--help`, prints the
 * problem and exits `EXIT.usage` (4) on wrong arguments, else returns the values.
 */
export function commandLine<Options extends ParseArgsOptionsConfig>(spec: CommandSpec<Options>) {
  const line = parseCommandLine(spec, process.argv.slice(2));
  if (line.kind === 'help') {
    process.stdout.write(line.text);
    process.exit(0);
  }
  if (line.kind === 'wrong') {
    process.stderr.write(line.text);
    process.exit(EXIT.usage);
  }
  return line;
}

/** A usage error found after parsing (a missing argument): said like the others, then exit. */
export function usageError(spec: Pick<CommandSpec<ParseArgsOptionsConfig>, 'name' | 'help'>, why: string): never {
  process.stderr.write(`${why}\nUso: ${spec.help.usage}\nPer l'aiuto completo: npm run ${spec.name} -- --help\n`);
  process.exit(EXIT.usage);
}
