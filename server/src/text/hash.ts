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

/**
 * The hash of a word sequence from the hash so far and the next word's own
 * hash (hashStart of its key). Unlike hashNext it needs no string: the
 * tokenizer already hashed every word, so extending a match costs a multiply.
 */
export function hashCombine(hash: number, wordHash: number): number {
  let h = Math.imul((hash << 13) | (hash >>> 19), 0x9e3779b1) ^ wordHash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** hashCombine over the words of a space-joined key ("asean summit"). */
export function wordsHash(key: string): number {
  let h = 0;
  let from = 0;
  for (let i = 0; i <= key.length; i++) {
    const c = key.charCodeAt(i);
    // Words are separated by a space, or by the comma, plus or colon of a name that has one (forms.ts separator).
    if (i < key.length && c !== 0x20 && c !== 0x2c && c !== 0x2b && c !== 0x3a) continue;
    const w = hashExtend(OFFSET, key.slice(from, i));
    h = from === 0 ? w : hashCombine(h, w);
    from = i + 1;
  }
  return h;
}

/**
 * An open-addressing map from 32-bit hashes to non-negative 31-bit values in one
 * Int32Array, each key beside its value: no per-entry objects, so 100,000 entities'
 * prefixes cost a few MB, and a lookup that finds its key reads one cache line.
 */
export class HashMap32 {
  /** Key of slot i at 2i (0: empty), its value at 2i + 1. */
  private slots: Int32Array;
  private count = 0;
  /**
   * One bit per hash (sixteen bits a key), set by seal(): a lookup of an absent hash, most words of a
   * draft, is answered from a few kilobytes that stay in cache instead of a probe into megabytes.
   */
  private filter: Uint32Array | undefined;
  private filterMask = 0;

  constructor(expected = 16) {
    this.slots = new Int32Array(capacityFor(expected) * 2);
  }

  /** A map stored before (its parts()). */
  static of(parts: { keys: Int32Array; vals: Int32Array }): HashMap32 {
    const map = new HashMap32(0);
    map.slots = new Int32Array(parts.keys.length * 2);
    parts.keys.forEach((k, i) => {
      map.slots[2 * i] = k;
      map.slots[2 * i + 1] = parts.vals[i];
      if (k !== 0) map.count++;
    });
    return map;
  }

  parts(): { keys: Int32Array; vals: Int32Array } {
    const n = this.slots.length >> 1;
    const keys = new Int32Array(n);
    const vals = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      keys[i] = this.slots[2 * i];
      vals[i] = this.slots[2 * i + 1];
    }
    return { keys, vals };
  }

  /** The value stored for hash, or -1. */
  get(hash: number): number {
    const h = hash || 1;
    const f = this.filter;
    if (f !== undefined) {
      const bit = h & this.filterMask;
      if (((f[bit >>> 5] >>> (bit & 31)) & 1) === 0) return -1;
    }
    const s = this.slots;
    const mask = (s.length >> 1) - 1;
    for (let i = h & mask; s[2 * i] !== 0; i = (i + 1) & mask) if (s[2 * i] === h) return s[2 * i + 1];
    return -1;
  }

  /** Builds the filter; a later change drops it. */
  seal(): this {
    let bits = 1 << 10;
    while (bits < this.count * 16 && bits < 1 << 24) bits *= 2;
    const f = new Uint32Array(bits >>> 5);
    for (let i = 0; i < this.slots.length; i += 2) {
      const h = this.slots[i];
      if (h === 0) continue;
      const bit = h & (bits - 1);
      f[bit >>> 5] |= 1 << (bit & 31);
    }
    this.filter = f;
    this.filterMask = bits - 1;
    return this;
  }

  /** Sets the value for hash to update(previous or -1). */
  update(hash: number, update: (previous: number) => number): void {
    this.filter = undefined;
    const i = this.slotOf(hash);
    const s = this.slots;
    const previous = s[2 * i] === 0 ? -1 : s[2 * i + 1];
    if (previous < 0) {
      s[2 * i] = hash || 1;
      this.count++;
    }
    s[2 * i + 1] = update(previous);
  }

  /** vals[hash] |= bits (from 0 when absent), without a callback: the index build does this a million times. */
  or(hash: number, bits: number): void {
    this.filter = undefined;
    const i = this.slotOf(hash);
    const s = this.slots;
    if (s[2 * i] === 0) {
      s[2 * i] = hash || 1;
      this.count++;
      s[2 * i + 1] = bits;
    } else s[2 * i + 1] |= bits;
  }

  /** The slot for hash: where it is, or where it would go (growing first if needed). */
  private slotOf(hash: number): number {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    const s = this.slots;
    const mask = (s.length >> 1) - 1;
    const h = hash || 1;
    let i = h & mask;
    while (s[2 * i] !== 0 && s[2 * i] !== h) i = (i + 1) & mask;
    return i;
  }

  get size(): number {
    return this.count;
  }

  get bytes(): number {
    return this.slots.byteLength;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const s = this.slots;
    const mask = (s.length >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      const h = old[j];
      if (h === 0) continue;
      let i = h & mask;
      while (s[2 * i] !== 0) i = (i + 1) & mask;
      s[2 * i] = h;
      s[2 * i + 1] = old[j + 1];
    }
  }
}

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
