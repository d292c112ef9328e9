/**
 * `asean-ref`: the language server's engine from a terminal, for CI and for
 * writers outside VS Code. Exit codes: 0 clean, 1 findings (or a term not
 * found, or data check errors), 2 usage, config, data or unreadable-file errors.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem, type Lang } from './data/dataset';
import { findPackageRoot, runDataCheck } from './compiled/check';
import { check, type Format } from './cli/check';
import { ConfigError, isSeverity, loadEngine, readConfig, UsageError, type CliConfig } from './cli/engine';
import { EXPORT_FORMATS, exportTerms, type ExportFormat } from './cli/export';
import { glossaryCommand } from './cli/glossary';
import { HELP, VERSION } from './cli/help';
import { lookup } from './cli/lookup';
import { useColor, type Io } from './cli/output';
import { scan } from './cli/scan';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { help: { type: 'boolean', short: 'h' }, config: { type: 'string', short: 'c' } };
const OPTIONS: Record<string, Options> = {
  check: { ...COMMON, format: { type: 'string', short: 'f' }, 'fail-on': { type: 'string' }, exclude: { type: 'string', multiple: true }, fix: { type: 'boolean' } },
  scan: { ...COMMON, json: { type: 'boolean' } },
  lookup: { ...COMMON, json: { type: 'boolean' }, lang: { type: 'string', short: 'l' } },
  glossary: { ...COMMON, lang: { type: 'string', short: 'l' } },
  data: { ...COMMON },
  export: { ...COMMON, format: { type: 'string', short: 'f' } },
};

export async function main(argv: string[], io: Io, cwd: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v' || command === '-V') return write(io, VERSION + '\n', 0);
  if (command === undefined) return write(io, HELP.main, 2, true);
  if (command === '--help' || command === '-h') return write(io, HELP.main, 0);
  if (command === 'help') {
    if (rest[0] === undefined) return write(io, HELP.main, 0);
    return rest[0] in OPTIONS ? write(io, HELP[rest[0]], 0) : write(io, `asean-ref: unknown command "${rest[0]}"\n\n${HELP.main}`, 2, true);
  }
  if (!(command in OPTIONS)) {
    const what = command.startsWith('-') ? `unknown option "${command}"` : `unknown command "${command}"`;
    return write(io, `asean-ref: ${what}\n\n${HELP.main}`, 2, true);
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true });
    if (values.help) return write(io, HELP[command], 0);
    return await run(command, values, positionals, io, cwd);
  } catch (e) {
    if (e instanceof ConfigError) return write(io, `asean-ref: ${e.message}\n`, 2, true);
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return write(io, `asean-ref ${command}: ${(e as Error).message}\n\n${HELP[command]}`, 2, true);
    }
    throw e;
  }
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

async function run(command: string, values: Values, args: string[], io: Io, cwd: string): Promise<number> {
  // Check the command line before loading anything, so a typo answers at once.
  if (command === 'data') {
    if (args[0] !== 'check' || args.length > 2) throw new UsageError(args[0] === undefined ? 'name a subcommand: data check [DIR]' : `unknown subcommand "${args.join(' ')}"`);
  } else if (command === 'export') {
    if (args.length > 0) throw new UsageError(`export takes no arguments (got ${args.join(' ')})`);
  } else if (command === 'check' || command === 'lookup') {
    if (args.length === 0) throw new UsageError(command === 'check' ? 'name at least one file or glob' : 'name at least one term');
  } else if (args.length !== 1) {
    throw new UsageError(args.length === 0 ? 'name the file' : `name exactly one file (got ${args.length})`);
  }
  const exportFormat = command === 'export' ? exportFormatOption(values.format) : undefined;
  const format = command === 'export' ? 'text' : formatOption(values.format);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !isSeverity(failOn)) throw new UsageError(`--fail-on must be error, warning, information or hint (got "${failOn}")`);
  const lang = langOption(values.lang);

  const config = readConfig(cwd, values.config as string | undefined);
  if (isSeverity(failOn)) config.failOn = failOn;
  if (command === 'data') return dataCheck(args[1], config, io, cwd);

  const engine = loadEngine(cwd, config);
  for (const w of engine.warnings) io.stderr.write(`asean-ref: ${w}\n`);
  if (engine.dataProblems.length) {
    for (const p of engine.dataProblems) io.stderr.write(formatProblem(p) + '\n');
    if (engine.dataProblems.some((p) => p.severity === 'error')) {
      io.stderr.write('asean-ref: the team data has errors (above); fix them and run again\n');
      return 2;
    }
  }
  const configured = config.cardLanguage === 'auto' ? undefined : config.cardLanguage;
  if (exportFormat) return write(io, exportTerms(engine.index, exportFormat), 0);
  if (command === 'check') return check(engine, args, format, io, cwd, VERSION, { exclude: (values.exclude as string[] | undefined) ?? [], fix: values.fix === true });
  if (command === 'scan') return scan(engine, args[0], values.json === true, io, cwd);
  if (command === 'glossary') return glossaryCommand(engine, args[0], lang ?? configured, io, cwd);
  // A bare term has no draft to take a language from: --lang, the config, the terminal's locale, else English.
  const cardLang = lang ?? configured ?? (/^id([_.-]|$)/i.test(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || '') ? 'id' : 'en');
  return lookup(engine, args, { json: values.json === true, lang: cardLang, color: useColor(io) }, io);
}

/**
 * `data check DIR`; without DIR, the configured data folders (dataPaths: .asean-ref/ unless .asean-ref.json
 * names others), or data/ when run in this package's own checkout. No folder to check is an error.
 */
function dataCheck(dir: string | undefined, config: CliConfig, io: Io, cwd: string): number {
  if (dir !== undefined) return runDataCheck(dir, io, { cwd });
  if (findPackageRoot(cwd) === path.resolve(cwd)) return runDataCheck(undefined, io, { cwd });
  const team = config.dataPaths.filter((p) => isDir(path.resolve(cwd, p)));
  if (team.length === 0) {
    io.stderr.write(`data check: no data folder here (looked for ${config.dataPaths.join(', ')}); name one (data check DIR) or set dataPaths in .asean-ref.json\n`);
    return 2;
  }
  return Math.max(...team.map((p) => runDataCheck(p, io, { cwd })));
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

function formatOption(value: unknown): Format {
  if (value === undefined) return 'text';
  if (value === 'text' || value === 'json' || value === 'sarif') return value;
  throw new UsageError(`--format must be text, json or sarif (got "${value}")`);
}

function exportFormatOption(value: unknown): ExportFormat {
  if (value === undefined) return 'text';
  if (EXPORT_FORMATS.includes(value as ExportFormat)) return value as ExportFormat;
  throw new UsageError(`--format must be cspell, vale or text (got "${value}")`);
}

function langOption(value: unknown): Lang | undefined {
  if (value === undefined || value === 'id' || value === 'en') return value;
  throw new UsageError(`--lang must be id or en (got "${value}")`);
}

function write(io: Io, text: string, code: number, toStderr = false): number {
  (toStderr ? io.stderr : io.stdout).write(text);
  return code;
}

if (require.main === module) {
  // `asean-ref check … | head` closes the pipe early: stop quietly rather than with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: process.stdin };
  main(process.argv.slice(2), io, process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`asean-ref: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
