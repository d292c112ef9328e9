/** The list of abbreviations as a GitHub-flavoured Markdown table, headed in the draft's language. */
import type { Lang } from '../data/dataset';
import type { GlossaryRow } from '../features/glossary';
import { escapeMarkdown } from './escape';

const HEAD: Record<Lang, [string, string]> = { id: ['Singkatan', 'Kepanjangan'], en: ['Abbreviation', 'Expansion'] };

/** escapeMarkdown makes data text literal on one line, and escapes "|" so a name cannot open a new cell. */
const cell = (text: string): string => escapeMarkdown(text);

export function glossaryMarkdown(rows: readonly GlossaryRow[], lang: Lang): string {
  const [a, b] = HEAD[lang];
  return [`| ${a} | ${b} |`, '| --- | --- |', ...rows.map((r) => `| ${cell(r.acronym)} | ${cell(r.expansion)} |`)].join('\n') + '\n';
}
