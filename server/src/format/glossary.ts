/** The list of abbreviations as a GitHub-flavoured Markdown table, headed in the draft's language. */
import type { Lang } from '../data/dataset';
import { escapeMarkdown } from './escape';

/** One abbreviation of a draft (features/glossary.ts finds them). */
export interface GlossaryRow {
  acronym: string;
  expansion: string;
  /** The entity the expansion is taken from. */
  id: string;
}

const HEAD: Record<Lang, [string, string]> = { id: ['Singkatan', 'Kepanjangan'], en: ['Abbreviation', 'Expansion'] };

/** escapeMarkdown makes data text literal on one line, and escapes "|" so a name cannot open a new cell. */
const cell = (text: string): string => escapeMarkdown(text);

export function glossaryMarkdown(rows: readonly GlossaryRow[], lang: Lang): string {
  const [a, b] = HEAD[lang];
  return [`| ${a} | ${b} |`, '| --- | --- |', ...rows.map((r) => `| ${cell(r.acronym)} | ${cell(r.expansion)} |`)].join('\n') + '\n';
}
