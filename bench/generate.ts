/**
 * Synthetic, schema-shaped ASEAN data at any size, deterministic from a seed:
 * meeting series with numbered meetings (the archive), people with roles,
 * organisations, documents, initiatives and terms, each with an English and
 * Indonesian name, acronyms (a few intentionally shared), aliases and evidence.
 */
import type { CompiledSource, Dataset, Entity } from '../server/src/data/dataset';
import { Rng } from './rng';
import { BODIES, CITIES, COUNTRIES, DOC_TYPES, FAMILY, GIVEN, MIDDLE, ORG_TEMPLATES, PARTNERS, ROLES, TOPICS } from './vocab';

export interface GeneratedData {
  dataset: Dataset;
  /** Articles the evidence quotes, to write next to the data when a server needs the files. */
  articles: { file: string; text: string }[];
}

const SOURCE_COUNT = 24;
const QUOTES_PER_SOURCE = 20;

/** Share of the non-core entities by kind; meetings are the bulk, as in a national archive. */
const MIX = { series: 0.05, meeting: 0.55, person: 0.18, organization: 0.1, document: 0.07, initiative: 0.03, term: 0.02 };

export function ordinalEn(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const acronymOf = (words: string): string =>
  words
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w) && !['On', 'Of', 'And', 'For', 'The'].includes(w))
    .map((w) => (w === 'ASEAN' ? 'A' : w[0]))
    .join('');

/** `count` entities (at least the fixed core), deterministic for a seed. */
export function generateDataset(count: number, seed = 42, baseDir = 'bench/out'): GeneratedData {
  const g = new Generator(new Rng(seed), baseDir);
  return g.run(count);
}

class Generator {
  private entities: Entity[] = [];
  private ids = new Set<string>();
  private names = new Set<string>();
  private acronyms = new Map<string, Entity[]>();
  private persons: Entity[] = [];
  private orgs: Entity[] = [];
  private sources: CompiledSource[] = [];
  private articles: { file: string; text: string }[] = [];

  constructor(private rng: Rng, private baseDir: string) {}

  run(count: number): GeneratedData {
    this.makeSources();
    this.core();
    const rest = Math.max(0, count - this.entities.length);
    const n = (share: number) => Math.round(rest * share);
    const seriesCount = Math.max(1, n(MIX.series));
    const meetingCount = n(MIX.meeting);
    // People and organisations first: meetings point at them.
    for (let i = 0; i < n(MIX.organization); i++) this.organization();
    for (let i = 0; i < n(MIX.person); i++) this.person();
    for (let i = 0; i < n(MIX.document); i++) this.document();
    for (let i = 0; i < n(MIX.initiative); i++) this.initiative();
    for (let i = 0; i < n(MIX.term); i++) this.term();
    const series: Entity[] = [];
    for (let i = 0; i < seriesCount; i++) {
      const s = this.series();
      if (s) series.push(s);
    }
    // Spread the meetings over the series, some long-running (40+ meetings), most short.
    const left = Math.max(meetingCount, count - this.entities.length);
    const weights = series.map(() => 0.2 + this.rng.next() ** 3 * 3);
    const total = weights.reduce((a, b) => a + b, 0);
    series.forEach((s, i) => {
      const k = i === series.length - 1 ? left : Math.min(left, Math.round((left * weights[i]) / total));
      for (let ord = 1; ord <= k; ord++) this.meeting(s, ord);
    });
    // Exact size: pad with terms or trim the tail.
    while (this.entities.length < count) this.term() || this.person();
    this.entities.length = Math.min(this.entities.length, count);
    this.dropDanglingReferences();
    const origins: Dataset['origins'] = {};
    this.entities.forEach((e, i) => (origins[e.id] = { file: `${this.baseDir}/entities.json`, line: 3 + i * 12, character: 4 }));
    return { dataset: { entities: this.entities, sources: this.sources, origins }, articles: this.articles };
  }

  // ---- pieces ------------------------------------------------------------

  private makeSources(): void {
    for (let s = 0; s < SOURCE_COUNT; s++) {
      const id = `bench-source-${s + 1}`;
      const lang = s % 2 ? 'en' : 'id';
      const lines = [`# Artikel ${s + 1}`, ''];
      const quotes: CompiledSource['quotes'] = {};
      for (let q = 0; q < QUOTES_PER_SOURCE; q++) {
        const quote = `Kutipan ${q + 1} dari artikel ${s + 1} tentang kerja sama ASEAN.`;
        const line = lines.length + 8;
        quotes[quote] = { start: { line, character: 0 }, end: { line, character: quote.length } };
        lines.push(quote, '');
      }
      const file = `${this.baseDir}/sources/${id}.md`;
      const meta = { id, title: `Artikel ${s + 1}`, publisher: 'Bench News', published: { date: `20${10 + (s % 15)}-0${1 + (s % 9)}-1${s % 9}` }, language: lang as 'id' | 'en', seed: `bench-${s + 1}.txt` };
      this.sources.push({ meta, file, quotes });
      const front = ['---', `id: ${id}`, `title: ${meta.title}`, `publisher: ${meta.publisher}`, `published:`, `  date: "${meta.published.date}"`, `language: ${lang}`, `seed: ${meta.seed}`, '---'];
      this.articles.push({ file, text: [...front, ...lines].join('\n') });
    }
  }

  private cite(): Entity['sources'][0] {
    const s = this.rng.pick(this.sources);
    return { source: s.meta.id, quote: this.rng.pick(Object.keys(s.quotes)) };
  }

  private description(en: string, id: string): Entity['description'] {
    return { en: `${en}.`, id: `${id}.` };
  }

  private add(e: Entity): Entity | undefined {
    const key = e.name.en.toLowerCase();
    if (this.names.has(key) || this.ids.has(e.id)) return undefined;
    this.names.add(key);
    this.ids.add(e.id);
    if (e.name.id) this.names.add(e.name.id.toLowerCase());
    this.entities.push(e);
    return e;
  }

  private uniqueId(base: string): string {
    let id = slug(base).slice(0, 80).replace(/-+$/, '');
    for (let i = 2; this.ids.has(id); i++) id = `${slug(base).slice(0, 76).replace(/-+$/, '')}-${i}`;
    return id;
  }

  /** Gives e the acronym unless another entity has it; a few are deliberately shared (both list it). */
  private acronym(e: Entity, acr: string): void {
    if (acr.length < 2) return;
    const owners = this.acronyms.get(acr);
    if (!owners) {
      this.acronyms.set(acr, [e]);
      e.acronyms = [acr];
      return;
    }
    if (owners.length < 2 && this.rng.chance(0.15)) {
      owners.push(e);
      e.acronyms = [acr];
      for (const o of owners) o.sharedForms = [acr];
    }
  }

  private core(): void {
    const cite = () => this.cite();
    const add = (e: Omit<Entity, 'sources'>) => this.add({ ...e, sources: [cite()] } as Entity);
    add({ id: 'asean', kind: 'organization', name: { en: 'Association of Southeast Asian Nations', id: 'Perhimpunan Bangsa-Bangsa Asia Tenggara' }, acronyms: ['ASEAN'], description: this.description('Regional organisation of Southeast Asian states', 'Organisasi regional negara-negara Asia Tenggara') });
    this.acronyms.set('ASEAN', [this.entities[0]]);
    for (const [en, id, slugId, code] of COUNTRIES) {
      const e = add({ id: slugId, kind: 'country', name: { en, id }, description: this.description(`${en}, an ASEAN member state`, `${id}, negara anggota ASEAN`) });
      if (e && this.rng.chance(0.3)) this.acronym(e, code);
    }
    const summit = add({ id: 'asean-summit', kind: 'meeting-series', name: { en: 'ASEAN Summit', id: 'Konferensi Tingkat Tinggi ASEAN' }, aliases: ['KTT ASEAN'], description: this.description('Meeting of ASEAN heads of state', 'Pertemuan kepala negara ASEAN') });
    const ktt = add({ id: 'ktt', kind: 'term', name: { en: 'summit', id: 'Konferensi Tingkat Tinggi' }, acronyms: ['KTT'], description: this.description('Summit', 'Konferensi tingkat tinggi') });
    const arsom = add({ id: 'arsom', kind: 'meeting-series', name: { en: "ASEAN-Russia Senior Officials' Meeting", id: 'Pertemuan Pejabat Senior ASEAN-Rusia' }, acronyms: ['ARSOM'], aliases: ['ASEAN-Rusia SOM'], description: this.description('Senior officials of ASEAN and Russia', 'Pejabat senior ASEAN dan Rusia') });
    add({ id: 'aoip', kind: 'document', name: { en: 'ASEAN Outlook on the Indo-Pacific' }, acronyms: ['AOIP'], description: this.description('ASEAN outlook', 'Pandangan ASEAN') });
    add({ id: 'som', kind: 'term', name: { en: "Senior Officials' Meeting" }, acronyms: ['SOM'], description: this.description('Senior officials meeting', 'Pertemuan pejabat senior') });
    for (const a of ['KTT', 'ARSOM', 'AOIP', 'SOM']) this.acronyms.set(a, [this.entities.find((e) => e.acronyms?.includes(a))!]);
    void ktt;
    if (summit) for (const n of [40, 41, 42, 43]) this.meeting(summit, n);
    if (arsom) for (const n of [15, 16]) this.meeting(arsom, n);
  }

  private series(): Entity | undefined {
    for (let attempt = 0; attempt < 20; attempt++) {
      const [ben, bid, bacr] = this.rng.pick(BODIES);
      const [ten, tid, tacr] = this.rng.pick(TOPICS);
      const partner = this.rng.chance(0.45) ? this.rng.pick(PARTNERS) : undefined;
      const pre = partner ? `ASEAN-${partner[0]}` : 'ASEAN';
      const preId = partner ? `ASEAN-${partner[1]}` : 'ASEAN';
      const en = `${pre} ${ben} on ${ten}`;
      if (this.names.has(en.toLowerCase())) continue;
      const e: Entity = {
        id: this.uniqueId(en),
        kind: 'meeting-series',
        name: { en, id: `${bid} ${preId} bidang ${tid}` },
        description: this.description(`Regular ${ben.toLowerCase()} of ASEAN${partner ? ` and ${partner[0]}` : ''} on ${ten.toLowerCase()}`, `${bid} ${preId} yang rutin bidang ${tid.toLowerCase()}`),
        sources: [this.cite()],
      };
      const aliases = [`${bid} ${tid} ${preId}`];
      if (this.rng.chance(0.5)) aliases.push(`${pre} ${ten} ${ben}`);
      e.aliases = aliases;
      if (!this.add(e)) continue;
      this.acronym(e, `${bacr === 'SOM' ? '' : 'A'}${partner ? partner[2] : ''}${bacr}${tacr}`);
      return e;
    }
    return undefined;
  }

  private meeting(series: Entity, ordinal: number): void {
    const year = Math.min(2025, 1976 + ordinal + this.rng.int(20));
    const month = String(1 + this.rng.int(12)).padStart(2, '0');
    const day = String(1 + this.rng.int(28)).padStart(2, '0');
    const [cen, , cid] = this.rng.pick(COUNTRIES);
    const e: Entity = {
      id: this.uniqueId(`${series.id}-${ordinal}`),
      kind: 'meeting',
      name: { en: `${ordinalEn(ordinal)} ${series.name.en}`, id: `${series.name.id ?? series.name.en} ke-${ordinal}` },
      description: this.description(`The ${ordinalEn(ordinal)} meeting of the ${series.name.en}`, `Pertemuan ke-${ordinal} ${series.name.id ?? series.name.en}`),
      series: series.id,
      ordinal,
      dates: { start: `${year}-${month}-${day}` },
      place: { city: this.rng.pick(CITIES), country: cen },
      host: cid,
      sources: [this.cite()],
    };
    if (this.persons.length && this.rng.chance(0.4)) e.chairs = [this.rng.pick(this.persons).id];
    if (this.rng.chance(0.5)) e.participants = [...new Set([this.rng.pick(COUNTRIES)[2], this.rng.pick(COUNTRIES)[2]])];
    if (series.acronyms && this.rng.chance(0.3)) e.aliases = [`${series.acronyms[0]} ${year}`];
    this.add(e);
  }

  private person(): Entity | undefined {
    for (let attempt = 0; attempt < 30; attempt++) {
      const given = this.rng.pick(GIVEN);
      const middle = attempt > 10 ? this.rng.pick(GIVEN) : this.rng.pick(MIDDLE);
      const family = this.rng.pick(FAMILY);
      const en = [given, middle, family].filter(Boolean).join(' ');
      if (this.names.has(en.toLowerCase())) continue;
      const [ten, tid] = this.rng.pick(TOPICS);
      const roles: Entity['roles'] = [this.role(ten, tid)];
      if (this.rng.chance(0.3)) roles.push(this.role(...(this.rng.pick(TOPICS).slice(0, 2) as [string, string])));
      const e: Entity = {
        id: this.uniqueId(en),
        kind: 'person',
        name: { en },
        description: this.description(`${roles[0].title.en}`, `${roles[0].title.id}`),
        roles,
        sources: [this.cite()],
      };
      const aliases: string[] = [];
      if (middle) aliases.push(`${given} ${family}`);
      if (this.rng.chance(0.3)) aliases.push(`${given[0]}. ${family}`);
      const short = aliases.filter((a) => !this.names.has(a.toLowerCase()));
      if (short.length) e.aliases = short;
      if (!this.add(e)) continue;
      this.persons.push(e);
      return e;
    }
    return undefined;
  }

  private role(ten: string, tid: string): NonNullable<Entity['roles']>[0] {
    const [ren, rid] = this.rng.pick(ROLES);
    const from = 2000 + this.rng.int(24);
    const role: NonNullable<Entity['roles']>[0] = { title: { en: ren.replace('{T}', ten), id: rid.replace('{T}', tid) }, from: String(from), evidence: this.cite() };
    if (this.rng.chance(0.5)) role.to = String(from + 1 + this.rng.int(5));
    if (this.orgs.length && this.rng.chance(0.6)) role.organization = this.rng.pick(this.orgs).id;
    return role;
  }

  private organization(): Entity | undefined {
    for (let attempt = 0; attempt < 30; attempt++) {
      const [ten, tid, tacr] = this.rng.pick(TOPICS);
      const [tplEn, tplId] = this.rng.pick(ORG_TEMPLATES);
      const country = this.rng.chance(0.6) ? this.rng.pick(COUNTRIES) : this.rng.pick(PARTNERS);
      let en = tplEn.replace('{T}', ten).replace('{C}', country[0]);
      let id = tplId.replace('{T}', tid).replace('{C}', country[1]);
      if (attempt > 15) {
        const city = this.rng.pick(CITIES);
        en += ` ${city} Office`;
        id += ` Kantor ${city}`;
      }
      if (this.names.has(en.toLowerCase())) continue;
      const e: Entity = { id: this.uniqueId(en), kind: 'organization', name: { en, id }, description: this.description(`An organisation working on ${ten.toLowerCase()}`, `Lembaga yang menangani ${tid.toLowerCase()}`), sources: [this.cite()] };
      if (en.startsWith('ASEAN')) e.related = [{ type: 'part-of', target: 'asean' }];
      if (!this.add(e)) continue;
      if (en.startsWith('ASEAN') || this.rng.chance(0.3)) this.acronym(e, acronymOf(en.replace(ten, tacr.split('').join(' '))));
      this.orgs.push(e);
      return e;
    }
    return undefined;
  }

  private document(): Entity | undefined {
    for (let attempt = 0; attempt < 30; attempt++) {
      const [ten, tid, tacr] = this.rng.pick(TOPICS);
      const [den, did, dacr] = this.rng.pick(DOC_TYPES);
      const from = 2000 + 5 * this.rng.int(6);
      const years = this.rng.chance(0.7) ? ` ${from}-${from + (this.rng.chance(0.5) ? 5 : 10)}` : '';
      const partner = this.rng.chance(0.3) ? this.rng.pick(PARTNERS) : undefined;
      const pre = partner ? `ASEAN-${partner[0]}` : 'ASEAN';
      const en = `${pre} ${den} on ${ten}${years}`;
      if (this.names.has(en.toLowerCase())) continue;
      const e: Entity = {
        id: this.uniqueId(en),
        kind: 'document',
        name: { en, id: `${did} ${partner ? `ASEAN-${partner[1]}` : 'ASEAN'} bidang ${tid}${years}` },
        description: this.description(`A ${den.toLowerCase()} on ${ten.toLowerCase()}`, `${did} bidang ${tid.toLowerCase()}`),
        sources: [this.cite()],
      };
      if (this.rng.chance(0.3)) e.aliases = [`${den} ${ten}${years}`];
      if (!this.add(e)) continue;
      this.acronym(e, `A${partner ? partner[2] : ''}${tacr}${dacr}`);
      return e;
    }
    return undefined;
  }

  private initiative(): Entity | undefined {
    const kinds = [['Initiative', 'Inisiatif'], ['Programme', 'Program'], ['Network', 'Jejaring'], ['Facility', 'Fasilitas'], ['Fund', 'Dana'], ['Partnership', 'Kemitraan']] as const;
    for (let attempt = 0; attempt < 30; attempt++) {
      const [ten, tid, tacr] = this.rng.pick(TOPICS);
      const [ken, kid] = this.rng.pick(kinds);
      const partner = this.rng.chance(0.5) ? this.rng.pick(PARTNERS) : undefined;
      const pre = partner ? `ASEAN-${partner[0]}` : 'ASEAN';
      const en = `${pre} ${ten} ${ken}${attempt > 15 ? ` ${2000 + this.rng.int(25)}` : ''}`;
      if (this.names.has(en.toLowerCase())) continue;
      const e: Entity = { id: this.uniqueId(en), kind: 'initiative', name: { en, id: `${kid} ${tid} ${partner ? `ASEAN-${partner[1]}` : 'ASEAN'}` }, description: this.description(`An initiative on ${ten.toLowerCase()}`, `Inisiatif bidang ${tid.toLowerCase()}`), sources: [this.cite()] };
      if (!this.add(e)) continue;
      this.acronym(e, `A${partner ? partner[2] : ''}${tacr}${ken[0]}`);
      return e;
    }
    return undefined;
  }

  private term(): Entity | undefined {
    const kinds = [['Mechanism', 'Mekanisme'], ['Standard', 'Standar'], ['Indicator', 'Indikator'], ['Protocol', 'Protokol'], ['Principle', 'Prinsip'], ['Index', 'Indeks'], ['Scheme', 'Skema'], ['Registry', 'Registri']] as const;
    for (let attempt = 0; attempt < 40; attempt++) {
      const [ten, tid] = this.rng.pick(TOPICS);
      const [ken, kid] = this.rng.pick(kinds);
      const q = attempt > 10 ? ` ${this.rng.pick(CITIES)}` : '';
      const en = `${ten} ${ken}${q}`;
      if (this.names.has(en.toLowerCase())) continue;
      const e: Entity = { id: this.uniqueId(en), kind: 'term', name: { en, id: `${kid} ${tid}${q}` }, description: this.description(`A ${ken.toLowerCase()} for ${ten.toLowerCase()}`, `${kid} bidang ${tid.toLowerCase()}`), sources: [this.cite()] };
      if (this.add(e)) return e;
    }
    return undefined;
  }

  /** Trimming to an exact size may cut meetings whose chairs or series are gone: keep references valid. */
  private dropDanglingReferences(): void {
    const ids = new Set(this.entities.map((e) => e.id));
    for (const e of this.entities) {
      if (e.chairs) e.chairs = e.chairs.filter((c) => ids.has(c));
      if (e.chairs?.length === 0) delete e.chairs;
      for (const r of e.roles ?? []) if (r.organization && !ids.has(r.organization)) delete r.organization;
      if (e.sharedForms && (this.acronyms.get(e.sharedForms[0]) ?? []).filter((o) => ids.has(o.id)).length < 2) delete e.sharedForms;
    }
  }
}
