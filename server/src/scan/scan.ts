/**
 * A draft -> its references and language. The one path from text to scan is scanState
 * (incremental.ts), whose result every later incremental rescan must equal.
 */
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from './hits';
import { scanState } from './incremental';
import type { RecognizerMemo } from './recognize';

export function scanText(text: string, index: EntityIndex, version = 0, memo?: RecognizerMemo): DocumentScan {
  return scanState(text, index, version, memo).scan;
}
