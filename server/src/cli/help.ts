/** Usage texts, one per command. */
import { version } from '../../../package.json';

export const VERSION = version;

export const HELP: Record<string, string> = {
  main: `asean-ref ${version} — ASEAN references in Markdown drafts, from a terminal

Usage: asean-ref <command> [options]

Commands:
  check FILES/GLOBS…   report findings in drafts (exit 1 when any reaches --fail-on)
  scan FILE            list every reference recognised in a draft
  lookup TERM…         print the card for each term (fuzzy when not exact)
  glossary FILE        print the draft's list of abbreviations as a Markdown table
  data check [DIR]     validate entity and source files (default: data/)

Options: --help for any command, --version.
Settings are read from .asean-ref.json in the current folder (or --config FILE):
  { "cardLanguage": "auto|id|en", "failOn": "warning", "dataPaths": [".asean-ref"] }
`,
  check: `Usage: asean-ref check [options] FILES/GLOBS…

Runs the editor's diagnostics on Markdown drafts and prints path:line:col: severity: message [rule].

Options:
  -f, --format text|json|sarif   output format (SARIF 2.1.0 for pull-request annotations); default text
  --fail-on error|warning|information|hint
                                 lowest severity that makes the run fail (exit 1); default warning
  --config FILE                  settings file instead of ./.asean-ref.json

Exit: 0 clean, 1 findings, 2 usage, data or unreadable-file errors.
`,
  scan: `Usage: asean-ref scan [--json] FILE

Lists every reference recognised in the draft: line:col range, the text, and the entity it resolves to.
`,
  lookup: `Usage: asean-ref lookup [--json] [--lang id|en] TERM…

Prints the card for each term with its sources; a term that is not a known name gets the closest match.
Exit 1 when a term matches nothing.
`,
  glossary: `Usage: asean-ref glossary [--lang id|en] FILE

Prints the abbreviations the draft uses as a Markdown table (default: the draft's language).
`,
  data: `Usage: asean-ref data check [DIR]

Validates entity files (*.json) and source articles (sources/*.md) against the schema, and checks ids,
references, surface forms, dates and that every quote is verbatim in its source. DIR defaults to data/.
Prints path:line:col: message per problem; on success, "N entities, M sources, Q quotes verified".
`,
};
