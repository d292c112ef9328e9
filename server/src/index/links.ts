/**
 * Who points at whom, and the meetings of each series, over entity numbers in typed arrays
 * (compressed rows: entity n's part of a list is list[start[n], start[n + 1])). Built from the
 * columns here, or stored ready-made by the compiled data; a card turns the few numbers it
 * shows into ids.
 */
import type { Columns, LinkKind } from '../data/columns';
import type { NamedColumns, StoredColumns } from '../data/stored-columns';

export interface LinkTable {
  /** Entity t's referrer groups are g in [groupsOf[t], groupsOf[t + 1]), in the order their first link was made. */
  readonly groupsOf: Int32Array;
  /** Group g: how its members point (hows[groupHow[g]]), and its members refs[groupStart[g], groupStart[g + 1]). */
  readonly groupHow: Uint8Array;
  readonly groupStart: Int32Array;
  /** Each member once, the dated newest first, then the undated in data order. */
  readonly refs: Int32Array;
  readonly hows: readonly LinkKind[];
  /** Series s's meetings are meetings[meetingsOf[s], meetingsOf[s + 1]), by ordinal then date; ordinals aligned (-1: none). */
  readonly meetingsOf: Int32Array;
  readonly meetings: Int32Array;
  readonly ordinals: Int32Array;
}

/** Id -> entity number; the first entity wins an id defined twice (the checks report it). */
export function numbering(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  ids.forEach((id, i) => numbers.has(id) || numbers.set(id, i));
  return numbers;
}

export function buildLinkTable(c: Columns, numbers: ReadonlyMap<string, number>): LinkTable {
  const size = c.kinds.length;
  const targetOf = (t: number) => numbers.get(c.targets[t]) ?? -1;
  // Links by target, each target's in the order they were made.
  const { from, target, how } = c.links;
  const linkTargets = Int32Array.from(target, targetOf);
  const byTarget = rows(size, linkTargets);
  const groupsOf = new Int32Array(size + 1);
  const groupHow: number[] = [];
  const groupStart: number[] = [0];
  const refs: number[] = [];
  const newestFirst = (a: number, b: number) => c.starts[b] - c.starts[a] || a - b;
  for (let t = 0; t < size; t++) {
    groupsOf[t + 1] = groupsOf[t];
    if (byTarget.start[t] === byTarget.start[t + 1]) continue;
    const groups = new Map<number, Set<number>>();
    for (let k = byTarget.start[t]; k < byTarget.start[t + 1]; k++) {
      const link = byTarget.items[k];
      let members = groups.get(how[link]);
      if (!members) groups.set(how[link], (members = new Set()));
      members.add(from[link]);
    }
    for (const [h, members] of groups) {
      groupHow.push(h);
      for (const m of [...members].sort(newestFirst)) refs.push(m);
      groupStart.push(refs.length);
    }
    groupsOf[t + 1] = groupHow.length;
  }
  const seriesTargets = Int32Array.from(c.meetings.series, targetOf);
  const bySeries = rows(size, seriesTargets);
  const { entity, ordinal } = c.meetings;
  const unnumbered = (o: number) => (o < 0 ? Number.MAX_SAFE_INTEGER : o);
  const meetingsOf = bySeries.start;
  const order = Int32Array.from(bySeries.items);
  for (let s = 0; s < size; s++) {
    order
      .subarray(meetingsOf[s], meetingsOf[s + 1])
      .sort((a, b) => unnumbered(ordinal[a]) - unnumbered(ordinal[b]) || c.starts[entity[a]] - c.starts[entity[b]] || a - b);
  }
  return {
    groupsOf,
    groupHow: Uint8Array.from(groupHow),
    groupStart: Int32Array.from(groupStart),
    refs: Int32Array.from(refs),
    hows: c.hows,
    meetingsOf,
    meetings: order.map((k) => entity[k]),
    ordinals: order.map((k) => ordinal[k]),
  };
}

/** Items 0..n-1 grouped by key (keys < size; -1 left out), each group in item order. */
function rows(size: number, keys: Int32Array): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(size + 1);
  for (const k of keys) if (k >= 0) start[k + 1]++;
  for (let i = 0; i < size; i++) start[i + 1] += start[i];
  const fill = start.slice(0, size);
  const items = new Int32Array(start[size]);
  keys.forEach((k, i) => {
    if (k >= 0) items[fill[k]++] = i;
  });
  return { start, items };
}

/** Meeting of series s with this ordinal, or -1: a binary search over the numbered ones. */
export function meetingWithOrdinal(t: LinkTable, s: number, ordinal: number): number {
  let lo = t.meetingsOf[s];
  let hi = t.meetingsOf[s + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = t.ordinals[mid];
    if (o >= 0 && o < ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.meetingsOf[s + 1] && t.ordinals[lo] === ordinal ? t.meetings[lo] : -1;
}

const PREFIX = 'links.';

export function linkColumns(t: LinkTable): NamedColumns {
  const columns: NamedColumns = [
    ['groupsOf', t.groupsOf],
    ['groupHow', t.groupHow],
    ['groupStart', t.groupStart],
    ['refs', t.refs],
    ['hows', [...t.hows]],
    ['meetingsOf', t.meetingsOf],
    ['meetings', t.meetings],
    ['ordinals', t.ordinals],
  ];
  return columns.map(([name, value]) => [PREFIX + name, value] as const);
}

/** The stored table, or undefined when the file has none (built then instead). */
export function storedLinkTable(stored: StoredColumns | undefined): LinkTable | undefined {
  if (!stored?.has(`${PREFIX}refs`)) return undefined;
  const int32 = (name: string) => stored.int32(PREFIX + name);
  return {
    groupsOf: int32('groupsOf'),
    groupHow: stored.uint8(`${PREFIX}groupHow`),
    groupStart: int32('groupStart'),
    refs: int32('refs'),
    hows: stored.json<LinkKind[]>(`${PREFIX}hows`),
    meetingsOf: int32('meetingsOf'),
    meetings: int32('meetings'),
    ordinals: int32('ordinals'),
  };
}
