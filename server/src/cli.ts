/**
 * `asean-ref`: the language server's engine from a terminal, for CI and for
 * writers outside VS Code. Exit codes: 0 clean, 1 findings (or a term not
 * found), 2 usage, data or unreadable-file errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from './data/dataset';
import { runDataCheck } from './data/check';
import { check, type Format } from './cli/check';
import { isSeverity, loadEngine, readConfig, UsageError } from './cli/engine';
import { glossaryCommand } from './cli/glossary';
import { HELP, VERSION } from './cli/help';
import { lookup } from './cli/lookup';
import { useColor, type Io } from './cli/output';
import { scan } from './cli/scan';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } };
const OPTIONS: Record<string, Options> = {
  check: { ...COMMON, format: { type: 'string', short: 'f' }, 'fail-on': { type: 'string' } },
  scan: { ...COMMON, json: { type: 'boolean' } },
  lookup: { ...COMMON, json: { type: 'boolean' }, lang: { type: 'string' } },
  glossary: { ...COMMON, lang: { type: 'string' } },
  data: { help: { type: 'boolean', short: 'h' } },
};

export async function main(argv: string[], io: Io, cwd: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') return write(io, VERSION + '\n', 0);
  if (!command || command === '--help' || command === '-h' || command === 'help') return write(io, HELP.main, command ? 0 : 2, !command);
  if (!(command in OPTIONS)) return write(io, `asean-ref: unknown command "${command}"\n\n${HELP.main}`, 2, true);
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true });
    if (values.help) return write(io, HELP[command], 0);
    return await run(command, values, positionals, io, cwd);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return write(io, `asean-ref ${command}: ${(e as Error).message}\n\n${HELP[command]}`, 2, true);
    }
    throw e;
  }
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

async function run(command: string, values: Values, args: string[], io: Io, cwd: string): Promise<number> {
  if (command === 'data') return dataCommand(args, io, cwd);
  const config = readConfig(cwd, values.config as string | undefined);
  const failOn = values['fail-on'];
  if (failOn !== undefined) {
    if (!isSeverity(failOn)) throw new UsageError(`--fail-on must be error, warning, information or hint (got "${failOn}")`);
    config.failOn = failOn;
  }
  const engine = loadEngine(cwd, config);
  const lang = languageOption(values.lang, config.cardLanguage, io);
  if (command === 'check') {
    if (args.length === 0) throw new UsageError('name at least one file or glob');
    return check(engine, args, formatOption(values.format), io, cwd, VERSION);
  }
  if (command === 'lookup') {
    if (args.length === 0) throw new UsageError('name at least one term');
    return lookup(engine, args, { json: values.json === true, lang: lang ?? 'en', color: useColor(io) }, io);
  }
  if (args.length !== 1) throw new UsageError('name exactly one file');
  if (command === 'scan') return scan(engine, args[0], values.json === true, io, cwd);
  return glossaryCommand(engine, args[0], lang, io, cwd);
}

function dataCommand(args: string[], io: Io, cwd: string): number {
  if (args[0] !== 'check' || args.length > 2) throw new UsageError('usage: asean-ref data check [DIR]');
  return runDataCheck(args[1], io, { cwd });
}

function formatOption(value: unknown): Format {
  if (value === undefined) return 'text';
  if (value === 'text' || value === 'json' || value === 'sarif') return value;
  throw new UsageError(`--format must be text, json or sarif (got "${value}")`);
}

/** --lang, else the configured card language; undefined = follow the draft (or English for a bare term). */
function languageOption(value: unknown, configured: string, io: Io): Lang | undefined {
  const chosen = value ?? (configured === 'auto' ? undefined : configured);
  if (chosen === undefined) return io.env.LANG?.startsWith('id') ? 'id' : undefined;
  if (chosen === 'id' || chosen === 'en') return chosen;
  throw new UsageError(`--lang must be id or en (got "${chosen}")`);
}

function write(io: Io, text: string, code: number, toStderr = false): number {
  (toStderr ? io.stderr : io.stdout).write(text);
  return code;
}

if (require.main === module) {
  const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
  main(process.argv.slice(2), io, process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`asean-ref: ${(e as Error)?.message ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
