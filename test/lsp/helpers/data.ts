/** The shipped data as the server loads it (dist/data.jsonl), to name the entities a test expects to see. */
import path from 'node:path';
import { loadCompiled } from '../../../server/src/compiled/compiled';
import type { Dataset, Entity } from '../../../server/src/data/dataset';
import { PACKAGE_ROOT } from './client';

let cached: Dataset | undefined;

export function shipped(): Dataset {
  cached ??= loadCompiled(path.join(PACKAGE_ROOT, 'dist', 'data.jsonl'), PACKAGE_ROOT);
  return cached;
}

function one(what: string, found: Entity[]): Entity {
  if (found.length !== 1) throw new Error(`expected one entity for ${what} in dist/data.jsonl, found ${found.map((e) => e.id).join(', ') || 'none'}`);
  return found[0];
}

export const byAcronym = (acronym: string): Entity =>
  one(`acronym ${acronym}`, shipped().entities.filter((e) => e.kind !== 'meeting' && (e.acronyms ?? []).includes(acronym)));

export const byName = (name: string): Entity => one(`name ${name}`, shipped().entities.filter((e) => e.name.en === name || e.name.id === name));

/** The meeting with this ordinal in the series that `seriesForm` (an acronym or a name) names. */
export function meeting(seriesForm: string, ordinal: number): Entity {
  const series = shipped().entities.filter((e) => e.kind === 'meeting-series' && [...(e.acronyms ?? []), ...(e.aliases ?? []), e.name.en, e.name.id].includes(seriesForm));
  const ids = new Set(series.map((s) => s.id));
  return one(`${seriesForm} #${ordinal}`, shipped().entities.filter((e) => e.kind === 'meeting' && e.series !== undefined && ids.has(e.series) && e.ordinal === ordinal));
}

/** Absolute paths of the source articles an entity cites. */
export function sourceFilesOf(entity: Entity): string[] {
  const files = new Map(shipped().sources.map((s) => [s.meta.id, path.resolve(PACKAGE_ROOT, s.file)]));
  return entity.sources.map((ev) => (ev.source === undefined ? undefined : files.get(ev.source))).filter((f): f is string => f !== undefined);
}
