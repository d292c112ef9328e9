/**
 * The loaded, validated data as every consumer sees it: the loader produces it,
 * the index is built from it, the CLI and the server share it.
 */
import type { Entity, SourceMeta } from './model.gen';
import { printable } from './printable';
import type { Severity } from './severity';

export type { Entity, SourceMeta } from './model.gen';
export type EntityKind = Entity['kind'];
export type Lang = 'id' | 'en';

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position { line: number; character: number }
export interface Span { start: Position; end: Position }

export interface CompiledSource {
  meta: SourceMeta;
  /** Absolute path of the article file (.md) once loaded; relative to the package root inside dist/data.jsonl. */
  file: string;
  /** Where each quoted passage stands in that file, keyed by the quote text. */
  quotes: Record<string, Span>;
}

/** Where an entity is defined, for messages and "open the data file". */
export interface Origin { file: string; line: number; character: number }

export interface Dataset {
  entities: Entity[];
  sources: CompiledSource[];
  origins: Record<string, Origin>;
}

export type { Severity } from './severity';

/** A problem in a data file or a draft; printed as `file:line:col: message` with 1-based line and column. */
export interface Problem {
  file: string;
  /** 0-based. */
  line: number;
  /** 0-based. */
  character: number;
  endLine?: number;
  endCharacter?: number;
  severity: Severity;
  message: string;
  /** A short stable rule name, e.g. "schema", "duplicate-id", "quote-not-found". */
  rule: string;
}

/** One line of output; the file name and message are shown printable (see printable.ts). */
export function formatProblem(p: Problem): string {
  return `${printable(p.file)}:${p.line + 1}:${p.character + 1}: ${printable(p.message)}`;
}

export const emptyDataset = (): Dataset => ({ entities: [], sources: [], origins: {} });

/** How an entity is named in a language: English where it has no Indonesian name. */
export function nameIn(entity: Pick<Entity, 'name'>, lang: Lang): string {
  return (lang === 'id' ? entity.name.id : undefined) ?? entity.name.en;
}
