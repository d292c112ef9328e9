/** The list of abbreviations as a Markdown table, headed in the draft's language. */
import type { Lang } from '../data/dataset';
import type { GlossaryRow } from '../features/glossary';
import { escapeMarkdown, oneLine } from './escape';

const HEAD: Record<Lang, [string, string]> = { id: ['Singkatan', 'Kepanjangan'], en: ['Abbreviation', 'Expansion'] };

/** Pipes are escaped too: a data name must not open a new table cell. */
const cell = (text: string): string => escapeMarkdown(oneLine(text)).replace(/\|/g, '\\|');

export function glossaryMarkdown(rows: readonly GlossaryRow[], lang: Lang): string {
  const [a, b] = HEAD[lang];
  return [`| ${a} | ${b} |`, '| --- | --- |', ...rows.map((r) => `| ${cell(r.acronym)} | ${cell(r.expansion)} |`)].join('\n') + '\n';
}
