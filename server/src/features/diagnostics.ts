/** Diagnostics for a draft: every rule over the scanned document. The server and `asean-ref check` share it. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';
import type { Settings } from '../settings';
import { ambiguousReference } from './rules/ambiguous-reference';
import type { Rule } from './rules/rule';
import { unknownInstance } from './rules/unknown-instance';

export const rules: readonly Rule[] = [unknownInstance, ambiguousReference];

export function diagnostics(doc: TextDocument, index: EntityIndex, scan: DocumentScan, settings: Settings): Diagnostic[] {
  const lang = settings.cardLanguage === 'auto' ? scan.lang : settings.cardLanguage;
  return rules.flatMap((rule) => rule.run({ doc, index, scan, settings, lang }));
}
