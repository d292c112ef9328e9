/**
 * Markdown drafts that mention the generated entities densely, the way reports
 * on ASEAN meetings do: acronyms, names in either language and any case,
 * aliases, ordinal phrases ("KTT ASEAN ke-42", "Pertemuan ke-16 ARSOM",
 * "the 42nd ASEAN Summit"), with front matter, headings, lists, links, inline
 * code and comments that the scanner must skip.
 */
import type { Dataset, Entity } from '../server/src/data/dataset';
import { ordinalEn, slug } from './generate';
import { Rng } from './rng';
import { CITIES, FILLER_EN, FILLER_ID } from './vocab';

export interface Mention {
  text: string;
  /** The entity the text names (the meeting itself for ordinal phrases). */
  id: string;
}

export interface Planted {
  start: number;
  end: number;
  id: string;
}

export interface Draft {
  text: string;
  /** Mentions placed in prose, for a recognition sanity check. */
  planted: Planted[];
}

export interface DraftOptions {
  /** Target size in UTF-16 code units. */
  size: number;
  seed?: number;
  /** Share of Indonesian sentences (the rest English). */
  indonesian?: number;
  /** Mentions per filler word: 0.12 is a dense report; 1 is a list of references. */
  density?: number;
}

/** Every way a draft may name each entity, ordinal phrases included. Popular entities first. */
export function mentionables(dataset: Dataset): Mention[][] {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const out: Mention[][] = [];
  for (const e of dataset.entities) {
    const list: Mention[] = [];
    const add = (text: string | undefined, id = e.id) => text && list.push({ text, id });
    for (const a of e.acronyms ?? []) add(a);
    add(e.name.en);
    add(e.name.id);
    for (const a of e.aliases ?? []) add(a);
    if (e.kind === 'meeting' && e.series && e.ordinal) {
      const s = byId.get(e.series);
      if (s) {
        const n = e.ordinal;
        const acr = s.acronyms?.[0];
        add(`${s.name.id ?? s.name.en} ke-${n}`);
        add(`${ordinalEn(n)} ${s.name.en}`);
        for (const a of s.aliases ?? []) add(`${a} ke-${n}`);
        if (acr) {
          add(`${acr} ke-${n}`);
          add(`Pertemuan ke-${n} ${acr}`);
          add(`${ordinalEn(n)} ${acr}`);
        }
      }
    }
    if (list.length) out.push(list);
  }
  return out;
}

const variant = (rng: Rng, m: Mention, e: Entity | undefined): string => {
  // Acronyms are written as they are; names and aliases in any case and with dash variants.
  if (e?.acronyms?.includes(m.text)) return m.text;
  const r = rng.next();
  if (r < 0.1) return m.text.toLowerCase();
  if (r < 0.2) return m.text.replace(/-/g, '–');
  if (r < 0.25) return m.text.replace(/-/g, ' ');
  return m.text;
};

export function generateDraft(dataset: Dataset, options: DraftOptions, pool = mentionables(dataset)): Draft {
  const rng = new Rng(options.seed ?? 7);
  const indonesian = options.indonesian ?? 0.7;
  const density = options.density ?? 0.12;
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  // A draft mentions some hundreds of entities, a few of them very often.
  const core = pool.filter((l) => ['asean', 'asean-summit', 'arsom', 'ktt', 'aoip'].includes(l[0].id) || l[0].id.startsWith('asean-summit-') || l[0].id.startsWith('arsom-'));
  const focus: Mention[][] = [];
  const distinct = Math.min(pool.length, 200 + Math.floor(options.size / 2000));
  for (let i = 0; i < distinct; i++) focus.push(rng.pick(pool));
  const parts: string[] = [];
  const planted: Planted[] = [];
  let length = 0;
  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const mention = (): void => {
    const list = rng.chance(0.25) && core.length ? rng.pick(core) : rng.pickSkewed(focus);
    const m = rng.pick(list);
    const text = variant(rng, m, byId.get(m.id));
    planted.push({ start: length, end: length + text.length, id: m.id });
    emit(text);
  };
  const words = (n: number, id: boolean) => {
    for (let i = 0; i < n; i++) {
      if (rng.chance(density)) mention();
      else emit(rng.pick(id ? FILLER_ID : FILLER_EN));
      emit(' ');
    }
  };
  emit(`---\ntitle: Laporan Kerja Sama ASEAN\ndate: 2024-05-01\ntags: [ASEAN, ARSOM, AOIP]\n---\n\n# Laporan Kerja Sama ASEAN\n\n`);
  let paragraph = 0;
  while (length < options.size) {
    const id = rng.chance(indonesian);
    paragraph++;
    if (paragraph % 9 === 0) {
      emit('## ');
      mention();
      emit('\n\n');
      continue;
    }
    const list = paragraph % 7 === 0;
    const sentences = rng.range(2, 5);
    for (let s = 0; s < sentences; s++) {
      if (list) emit('- ');
      const r = rng.next();
      if (r < 0.25) {
        mention();
        emit(id ? ` yang berlangsung di ${rng.pick(CITIES)} ` : ` held in ${rng.pick(CITIES)} `);
        words(rng.range(4, 12), id);
      } else if (r < 0.45) {
        emit(id ? 'Dalam ' : 'At the ');
        mention();
        emit(id ? ', para delegasi ' : ', delegates ');
        words(rng.range(4, 12), id);
      } else if (r < 0.55) {
        emit(id ? 'Menurut ' : 'According to ');
        mention();
        emit(', ');
        words(rng.range(3, 10), id);
      } else if (r < 0.6) {
        emit('Lihat [');
        mention();
        emit(`](https://asean.org/${slug(rng.pick(CITIES))}/ARSOM "ARSOM") `);
        emit(rng.chance(0.5) ? 'dan `AOIP` ' : '<!-- catatan: AOIP -->');
        words(rng.range(2, 6), id);
      } else {
        words(rng.range(6, 16), id);
      }
      emit(list ? '.\n' : '. ');
    }
    if (paragraph % 23 === 0) emit('\n```text\nARSOM AOIP KTT ASEAN ke-42\n```\n');
    emit('\n\n');
  }
  const text = parts.join('');
  return { text, planted: planted.filter((p) => p.end <= text.length) };
}
