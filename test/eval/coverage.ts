/**
 * Coverage on real reports (test/eval/COVERAGE.md): `npx tsx test/eval/coverage.ts DIR [-v]`.
 * DIR holds excerpts of published reports, kept outside the repository (their text is not ours to commit),
 * each mention marked [[text as written|entity id]] or, for a name the data does not hold, [[text|-Name]].
 * Files whose name starts with "id" count as Indonesian, the others as English.
 * A mention counts as recognised when a hit overlapping it names the marked entity (a wider or narrower span
 * still helps a writer); as wrongly read when the hits over it name only something else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataDir } from '../../server/src/data/load';
import { buildIndex } from '../../server/src/index/build';
import { scanText } from '../../server/src/scan/scan';

const MARKER = /\[\[([^\]|]+)\|([^\]]+)\]\]/g;
const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx test/eval/coverage.ts DIR [-v]');
const verbose = process.argv.includes('-v');
const root = path.resolve(__dirname, '..', '..');
const { dataset } = loadDataDir(process.env.ASEAN_REF_DATA ?? path.join(root, 'data'));
const kinds = new Map(dataset.entities.map((e) => [e.id, e.kind]));
const index = buildIndex(dataset);
/** Marking only "ASEAN" or a country inside a longer name the data lacks is a partial reading, not a wrong one. */
const partOnly = (id: string): boolean => id === 'asean' || id === 'indo-pacific' || kinds.get(id) === 'country';
const isBare = (t: string): boolean => /^asean$/i.test(t);

interface Tally {
  all: number;
  bare: number;
  gap: number;
  rec: number;
  recBare: number;
}
const tally = (): Tally => ({ all: 0, bare: 0, gap: 0, rec: 0, recBare: 0 });
const total = tally();
const byLang: Record<string, Tally> = { id: tally(), en: tally() };
let wrongHeld = 0;
let wrongGap = 0;
let partGap = 0;
let stray = 0;
const unknown = new Map<string, number>();
const lines: Record<string, string[]> = { missed: [], wrong: [], partial: [], stray: [] };
const label = (c: { id: string; unknownOrdinal?: number }): string => (c.unknownOrdinal ? `${c.id}?${c.unknownOrdinal}` : c.id);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  const source = readFileSync(path.join(dir, file), 'utf8');
  const lang = file.startsWith('id') ? byLang.id : byLang.en;
  let text = '';
  let pos = 0;
  const marks: { start: number; end: number; text: string; id: string }[] = [];
  for (const m of source.matchAll(MARKER)) {
    text += source.slice(pos, m.index);
    const start = text.length;
    text += m[1];
    marks.push({ start, end: text.length, text: m[1], id: m[2].trim() });
    pos = (m.index ?? 0) + m[0].length;
  }
  text += source.slice(pos);
  const hits = scanText(text, index).hits;
  const show = (hs: typeof hits): string => hs.map((h) => `"${text.slice(h.start, h.end)}" → ${label(h.candidates[0])}`).join(', ');
  for (const m of marks) {
    const bare = isBare(m.text);
    for (const t of [total, lang]) {
      t.all++;
      if (bare) t.bare++;
    }
    const over = hits.filter((h) => h.start < m.end && h.end > m.start);
    if (m.id.startsWith('-')) {
      total.gap++;
      lang.gap++;
      const name = m.id.slice(1) || m.text;
      unknown.set(name, (unknown.get(name) ?? 0) + 1);
      if (!over.length) continue;
      const partial = over.every((h) => partOnly(h.candidates[0].id) && (h.start > m.start || h.end < m.end));
      if (partial) partGap++;
      else wrongGap++;
      lines[partial ? 'partial' : 'wrong'].push(`${file}: "${m.text}" (not in the data: ${name}) read as ${show(over)}`);
      continue;
    }
    if (!kinds.has(m.id.split('?')[0])) throw new Error(`${file}: "${m.text}" is marked with unknown entity ${m.id}`);
    const right = over.find((h) => label(h.candidates[0]) === m.id);
    if (right) {
      for (const t of [total, lang]) {
        t.rec++;
        if (bare) t.recBare++;
      }
      if (right.start !== m.start || right.end !== m.end) lines.missed.push(`${file}: "${m.text}" → ${m.id}: found as "${text.slice(right.start, right.end)}"`);
    } else if (over.length) {
      wrongHeld++;
      lines.wrong.push(`${file}: "${m.text}" (${m.id}) read as ${show(over)}`);
    } else lines.missed.push(`${file}: "${m.text}" → ${m.id}: not found`);
  }
  for (const h of hits)
    if (!marks.some((m) => h.start < m.end && h.end > m.start)) {
      stray++;
      lines.stray.push(`${file}: ${show([h])}`);
    }
}

const pct = (a: number, b: number): string => `${b ? ((100 * a) / b).toFixed(1) : '-'} % (${a}/${b})`;
const held = total.all - total.gap;
console.log(`${total.all} mentions (${total.bare} of them "ASEAN" alone); ${total.gap} names the data does not hold (${pct(total.gap, total.all - total.bare)} of the others)`);
console.log(`recognised          ${pct(total.rec, total.all)}; without "ASEAN" alone ${pct(total.rec - total.recBare, total.all - total.bare)}`);
console.log(`  of what is held   ${pct(total.rec, held)}`);
console.log(`wrongly read        ${wrongHeld} held mentions, ${wrongGap} names not held (plus ${partGap} not held with only ASEAN or a country inside marked)`);
console.log(`hits on no mention  ${stray}`);
for (const [l, t] of Object.entries(byLang)) console.log(`  ${l}: recognised ${pct(t.rec, t.all)}; without "ASEAN" alone ${pct(t.rec - t.recBare, t.all - t.bare)}; not held ${t.gap}`);
console.log('names the data does not hold:');
for (const [n, c] of [...unknown].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${c}  ${n}`);
if (verbose) for (const [k, ls] of Object.entries(lines)) for (const l of ls) console.log(`${k.padEnd(7)} ${l}`);
