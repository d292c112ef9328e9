/**
 * Claims made by the files already in service (and the base data): ids,
 * surface forms, meeting ordinals, source ids. A file being checked is
 * compared against them; when it is accepted its claims are added. One
 * registry is built per check and thrown away: no state outlives it.
 */
import path from 'node:path';
import type { EntityKind, Span } from './dataset';
import type { SourceText } from './quotes';

/** A surface form of an entity, with where it is written. */
export interface Form {
  /** formKey(text): how forms are compared, the same key the recogniser looks up. */
  key: string;
  text: string;
  pointer: string;
}

/** Where a claim was made, for "first defined in …". */
export interface Site {
  file: string;
  span: Span;
  /** Made by the base (shipped) data rather than the files being checked. */
  base: boolean;
}

export interface IdClaim {
  id: string;
  kind?: EntityKind;
  site: Site;
}

export interface FormClaim {
  id: string;
  text: string;
  /** The claiming entity lists this form in its sharedForms. */
  shared: boolean;
  site: Site;
}

/** An entity's claims, in the shape both files and the base data produce. */
export interface EntityClaims {
  id: string;
  kind?: EntityKind;
  idSite: Site;
  series?: string;
  ordinal?: number;
  ordinalSite?: Site;
  /** A meeting's start date, and whether a citation rather than a quote backs it. */
  start?: string;
  startCited?: boolean;
  forms: (Form & { site: Site })[];
  shared: Set<string>;
}

/** A numbered meeting with a start date, for checking that a series' dates follow its ordinals. */
export interface DatedMeeting {
  id: string;
  ordinal: number;
  start: string;
  cited: boolean;
  site: Site;
}

export interface SourceClaim {
  site: Site;
  text: () => SourceText | undefined;
}

export class Registry {
  private readonly idMap = new Map<string, IdClaim>();
  private readonly formMap = new Map<string, FormClaim[]>();
  /** "series#ordinal" -> the meeting holding it. */
  private readonly ordinalMap = new Map<string, IdClaim>();
  private readonly sourceMap = new Map<string, SourceClaim>();
  /** Per series, its dated meetings sorted by ordinal. */
  private readonly datedMap = new Map<string, DatedMeeting[]>();

  /** A registry over this one: a file is checked in a fork, so a rejected file leaves no claims behind. */
  constructor(private readonly parent?: Registry) {}

  fork(): Registry {
    return new Registry(this);
  }

  id(id: string): IdClaim | undefined {
    return this.idMap.get(id) ?? this.parent?.id(id);
  }

  forms(key: string): FormClaim[] {
    const own = this.formMap.get(key) ?? [];
    return this.parent ? [...this.parent.forms(key), ...own] : own;
  }

  ordinal(series: string, ordinal: number): IdClaim | undefined {
    const key = ordinalKey(series, ordinal);
    return this.ordinalMap.get(key) ?? this.parent?.ordinal(series, ordinal);
  }

  /** The dated meetings of a series nearest below and above an ordinal (the ordinal itself excluded). */
  neighbours(series: string, ordinal: number): { below?: DatedMeeting; above?: DatedMeeting } {
    const inherited = this.parent?.neighbours(series, ordinal) ?? {};
    const list = this.datedMap.get(series) ?? [];
    const at = lowerBound(list, ordinal);
    const below = list[at - 1];
    const above = list[at]?.ordinal === ordinal ? list[at + 1] : list[at];
    return { below: nearer(below, inherited.below, (a, b) => a.ordinal > b.ordinal), above: nearer(above, inherited.above, (a, b) => a.ordinal < b.ordinal) };
  }

  source(id: string): SourceClaim | undefined {
    return this.sourceMap.get(id) ?? this.parent?.source(id);
  }

  addEntity(c: EntityClaims): void {
    if (!this.id(c.id)) this.idMap.set(c.id, { id: c.id, kind: c.kind, site: c.idSite });
    if (c.series && c.ordinal !== undefined && !this.ordinal(c.series, c.ordinal)) {
      this.ordinalMap.set(ordinalKey(c.series, c.ordinal), { id: c.id, kind: c.kind, site: c.ordinalSite ?? c.idSite });
      if (c.start) {
        const list = this.datedMap.get(c.series) ?? this.datedMap.set(c.series, []).get(c.series)!;
        list.splice(lowerBound(list, c.ordinal), 0, { id: c.id, ordinal: c.ordinal, start: c.start, cited: !!c.startCited, site: c.ordinalSite ?? c.idSite });
      }
    }
    const seen = new Set<string>();
    for (const f of c.forms) {
      if (seen.has(f.key)) continue;
      seen.add(f.key);
      const list = this.formMap.get(f.key) ?? [];
      list.push({ id: c.id, text: f.text, shared: c.shared.has(f.key), site: f.site });
      this.formMap.set(f.key, list);
    }
  }

  addSource(id: string, site: Site, text: () => SourceText | undefined): void {
    if (!this.source(id)) this.sourceMap.set(id, { site, text });
  }
}

function nearer(a: DatedMeeting | undefined, b: DatedMeeting | undefined, aIsNearer: (a: DatedMeeting, b: DatedMeeting) => boolean): DatedMeeting | undefined {
  return !a || !b ? a ?? b : aIsNearer(a, b) ? a : b;
}

/** The first index whose ordinal is not below `ordinal`. */
function lowerBound(list: readonly DatedMeeting[], ordinal: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].ordinal < ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const ordinalKey = (series: string, ordinal: number): string => `${series}#${ordinal}`;

/** "(in meetings.json:4)" — the file name and line, short enough for a diagnostic. */
export function where(site: Site, lead = 'in'): string {
  const at = `${path.basename(site.file)}:${site.span.start.line + 1}`;
  return site.base ? `(${lead} the shipped data, ${at})` : `(${lead} ${at})`;
}
