/** Usage texts, one per command. */
import { version } from '../../../package.json';
import { rules } from '../service/service';
import { CLI_SETTINGS, cliSettingsSummary, SETTINGS } from '../settings';

export const VERSION = version;

const CLI_DEFAULTS = Object.fromEntries([...CLI_SETTINGS].map(([key, field]) => [key, SETTINGS[field].default]));
const CONFIG = `Settings are read from the nearest .asean-ref.json in the current folder or above it (or --config FILE),
JSON with comments, the same file the VS Code extension reads; the defaults:
  ${JSON.stringify(CLI_DEFAULTS).replace(/([{,:])/g, '$1 ').replace(/}$/, ' }')}
  (${cliSettingsSummary()})
The team's data folders (dataPaths, relative to that file; default .asean-ref/ when it exists) are loaded on top of the shipped data.`;

export const HELP: Record<string, string> = {
  main: `asean-ref ${version} — ASEAN references in Markdown drafts, from a terminal

Usage: asean-ref <command> [options]

Commands:
  check FILES/GLOBS…   report findings in drafts, folders, globs or - (exit 1 when any reaches --fail-on)
  scan FILE            list every reference recognised in a draft
  lookup TERM…         print the card for each term (the closest match when not exact)
  glossary FILE        print the draft's abbreviations as a Markdown table
  data check [DIR]     validate entity and source files
  export               print the known terms for cSpell (--format cspell), Vale (vale) or as text

Options: -h, --help (also: asean-ref help COMMAND), -v, --version.
${CONFIG}

Exit codes: 0 clean, 1 findings or a term not found, 2 usage, config, data or unreadable-file errors.
`,
  check: `Usage: asean-ref check [options] FILES/FOLDERS/GLOBS…

Runs the editor's diagnostics on Markdown drafts and prints path:line:col: severity: message [rule],
then a summary line on stderr. A folder means its Markdown files at any depth; "!pattern" (or
--exclude pattern) leaves files out; - reads a draft from standard input. Quote globs ("reports/**/*.md")
so they expand the same on every shell; node_modules, .git and what .gitignore ignores are skipped.

Options:
  -f, --format text|json|sarif   output format (SARIF 2.1.0 for pull-request annotations); default text
  --fail-on error|warning|information|hint
                                 lowest severity that makes the run fail (exit 1); default warning
  --exclude PATTERN              leave out files matching PATTERN (repeatable; same as "!PATTERN")
  --fix                          apply the fixes that need no choice (spelling an acronym out at first
                                 use), write the files back, and list each change
  -c, --config FILE              settings file instead of the nearest .asean-ref.json

The text output ends with "N files checked, N problems (e errors, w warnings, i information)".

Rules:
${rules.map((r) => `  ${r.id.padEnd(26)} ${r.defaultSeverity.padEnd(12)} ${r.description.en}`).join('\n')}

A file that cannot be read (missing, a directory, binary, not UTF-8, no permission) is reported as
path: message and the rest are still checked.

Exit: 0 clean, 1 a finding at or above --fail-on, 2 usage, config, data or unreadable-file errors.
`,
  scan: `Usage: asean-ref scan [--json] FILE

Lists every reference recognised in the draft:
  line:col-line:col  text  → entity-id (kind) name
with the other readings of an ambiguous reference below it, and "instance unknown" for a numbered
meeting the record does not hold. Code, link destinations and front matter are not prose and are skipped.

Options:
  --json            print { file, lang, references: [{ range, text, candidates: [...] }] }
  -c, --config FILE settings file instead of the nearest .asean-ref.json

Exit: 0, or 2 when the file cannot be read.
`,
  lookup: `Usage: asean-ref lookup [--json] [--lang id|en] TERM…

Prints the card for each term with its sources. A known name, alias or acronym (acronyms as written:
ARSOM, not arsom) or a numbered meeting ("KTT ASEAN ke-42") is exact; anything else gets the closest
match, introduced with "did you mean". Colour only on a terminal, never with NO_COLOR set.

Options:
  --json            print the entities with their sources resolved (title, publisher, file, line)
  -l, --lang id|en  card language; default: cardLanguage, else the locale (LANG=id…), else English
  -c, --config FILE settings file instead of the nearest .asean-ref.json

Exit: 0, or 1 when a term matches nothing.
`,
  glossary: `Usage: asean-ref glossary [--lang id|en] FILE

Prints the abbreviations the draft uses as a Markdown table, sorted, each once:
  | Singkatan | Kepanjangan |   (Indonesian)     | Abbreviation | Expansion |   (English)

Options:
  -l, --lang id|en  table language; default: cardLanguage, else the language the draft is written in
  -c, --config FILE settings file instead of the nearest .asean-ref.json

Exit: 0, or 2 when the file cannot be read.
`,
  data: `Usage: asean-ref data check [DIR]

Validates entity files (*.json) and source articles (sources/*.md) against the schema, and checks ids,
references, surface forms, dates and that every quote is verbatim in its source. A team folder is
checked on top of the shipped data. DIR defaults to the team's data folders (dataPaths in
.asean-ref.json, default .asean-ref/).
Prints path:line:col: message per problem; on success, "N entities, M sources, Q quotes verified, C citations checked".

Exit: 0 valid, 1 problems found or a folder with no data, 2 no such folder (or none to check).
`,
  export: `Usage: asean-ref export [--format cspell|vale|text]

Prints the terms the data knows (shipped and the team's): acronyms, names, aliases and meeting places.
  cspell  the words of those terms that a spell checker would not know (acronyms, names), one per line,
          for a cSpell dictionary: asean-ref export --format cspell > asean-terms.txt, then in cspell.json
          "dictionaryDefinitions": [{ "name": "asean", "path": "./asean-terms.txt" }], "dictionaries": ["asean"]
  vale    the same words as a Vale vocabulary (one regular expression a line):
          asean-ref export --format vale > styles/config/vocabularies/ASEAN/accept.txt
  text    every acronym, name, alias and meeting place, one per line (the default)

Options:
  -f, --format cspell|vale|text
  -c, --config FILE settings file instead of the nearest .asean-ref.json

Exit: 0.
`,
};
