/**
 * Named columns as a store holds them: what the index reads ready-made tables from. The compiled
 * files (compiled/compiled.ts) are one such store; the index knows only this interface.
 */

/** A column stored as raw bytes: a typed array or a text. */
export type BinaryValue = string | Int32Array | Uint8Array;

/** A column: a typed array or a text (stored in data.bin), or anything else JSON can hold (a line of data.jsonl). */
export type ColumnValue = BinaryValue | unknown[];
export type NamedColumns = readonly (readonly [string, ColumnValue])[];

/** Named columns of a compiled file. */
export interface StoredColumns {
  has(name: string): boolean;
  int32(name: string): Int32Array;
  uint8(name: string): Uint8Array;
  /** `hot`: read often character by character (see BinaryFile.text). */
  text(name: string, hot?: boolean): string;
  /** A text column as its bytes, when it is Latin-1; undefined otherwise (read it with text()). */
  latin1(name: string): Uint8Array | undefined;
  json<T>(name: string): T;
}
