/** A draft -> its references and language, computed once per document version. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from './hits';
import { detectLanguage } from './language';
import { maskNonProse } from './prose';
import { recognize } from './recognize';

export function scanText(text: string, index: EntityIndex, version = 0): DocumentScan {
  const prose = maskNonProse(text);
  return { version, lang: detectLanguage(prose), hits: recognize(prose, index) };
}

export function scanDocument(doc: TextDocument, index: EntityIndex): DocumentScan {
  return scanText(doc.getText(), index, doc.version);
}
