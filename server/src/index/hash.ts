/**
 * 32-bit FNV-1a over UTF-16 code units, extendable word by word, and a set of
 * such hashes in one Int32Array. The recogniser asks "does any longer form
 * start with these words?" for every word of a draft; at 100,000 entities a
 * Set of prefix strings would cost ~100 MB, this costs a few.
 */
const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

export function hashExtend(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

export const hashStart = (word: string): number => hashExtend(OFFSET, word);
/** The hash of `prefix + " " + word` given the hash of prefix. */
export const hashNext = (hash: number, word: string): number => hashExtend(Math.imul(hash ^ 0x20, PRIME), word);

/** The hash of a space-joined key, equal to chaining hashStart/hashNext over its words. */
export const keyHash = (key: string): number => hashExtend(OFFSET, key);

/** An open-addressing set of 32-bit hashes (0 is stored as 1, which only adds a rare false positive). */
export class HashSet32 {
  private table: Int32Array;
  private count = 0;

  constructor(expected = 16) {
    this.table = new Int32Array(capacityFor(expected));
  }

  add(hash: number): void {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    if (insert(this.table, hash || 1)) this.count++;
  }

  has(hash: number): boolean {
    const t = this.table;
    const mask = t.length - 1;
    const h = hash || 1;
    for (let i = h & mask; t[i] !== 0; i = (i + 1) & mask) if (t[i] === h) return true;
    return false;
  }

  get size(): number {
    return this.count;
  }

  get bytes(): number {
    return this.table.byteLength;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (const h of old) if (h !== 0) insert(this.table, h);
  }
}

function capacityFor(n: number): number {
  let c = 16;
  while (c < n * 2) c *= 2;
  return c;
}

function insert(t: Int32Array, h: number): boolean {
  const mask = t.length - 1;
  let i = h & mask;
  for (; t[i] !== 0; i = (i + 1) & mask) if (t[i] === h) return false;
  t[i] = h;
  return true;
}
