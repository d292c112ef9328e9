/**
 * Semantic tokens over the scan the server already keeps: every recognised reference is marked as an
 * acronym, a meeting (a series with an ordinal, or a meeting itself) or a name. This covers what the
 * build-time grammar cannot hold: the team's data, names with their variants, spelled-out ordinals.
 * The token types map onto the grammar's scopes (package.json `semanticTokenScopes`), so one colour
 * rule recolours both.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { EntityIndex } from '../index/types';
import type { Hit } from '../scan/hits';
import type { RequestContext } from './request';

export const TOKEN_TYPES = ['aseanAcronym', 'aseanMeeting', 'aseanName'] as const;
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const ACRONYM = 0;
const MEETING = 1;
const NAME = 2;

function tokenType(hit: Hit, index: EntityIndex): number {
  const top = hit.candidates[0];
  if (hit.ordinal !== undefined || index.kindOf(top.id) === 'meeting') return MEETING;
  return top.via === 'acronym' ? ACRONYM : NAME;
}

/** The hits as LSP's relative encoding (line delta, start delta, length, type, modifiers), one token per line a hit covers. */
export function semanticTokens({ doc, scan, index }: RequestContext): SemanticTokens {
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  const push = (line: number, char: number, length: number, type: number): void => {
    if (length <= 0) return;
    data.push(line - lastLine, line === lastLine ? char - lastChar : char, length, type, 0);
    lastLine = line;
    lastChar = char;
  };
  const text = doc.getText();
  for (const hit of scan.hits) {
    if (hit.candidates.length === 0) continue;
    const type = tokenType(hit, index);
    const { line, character } = doc.positionAt(hit.start);
    // A name broken across lines is one token per line (clients need not support multi-line tokens).
    text
      .slice(hit.start, hit.end)
      .split(/\r?\n/)
      .forEach((piece, i) => push(line + i, i === 0 ? character : 0, piece.length, type));
  }
  return { data };
}
