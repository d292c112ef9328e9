/**
 * The shipped facts: what a writer sees on a card must be in the data, right, and backed by a quote
 * that stands verbatim in its article. Reads data/entities/*.json and data/sources/*.md directly,
 * so these tests say what the data holds whatever the loader does with it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import entitiesSchema from '../../data/schema/entities.schema.json';

const DATA = path.resolve(__dirname, '..', '..', 'data');

interface Localized {
  en: string;
  id: string;
}
/** A quote of a shipped article, or a cited web page (url, title, publisher, consulted): see data-basics.test.ts. */
interface Evidence {
  source?: string;
  quote?: string;
  url?: string;
  title?: string;
  publisher?: string;
  facts?: string[];
}
interface Role {
  title: Localized;
  organization?: string;
  from?: string;
  to?: string;
  attested?: string[];
  evidence: Evidence;
}
interface Entity {
  id: string;
  kind: string;
  name: { en: string; id?: string };
  acronyms?: string[];
  aliases?: string[];
  sharedForms?: string[];
  description: Localized;
  series?: string;
  ordinal?: number;
  dates?: { start: string; end?: string };
  place?: { venue?: string; city?: string; province?: string; country?: string; virtual?: boolean };
  chairs?: string[];
  host?: string;
  participants?: (string | Localized)[];
  roles?: Role[];
  related?: { type: string; target: string }[];
  sources: Evidence[];
  notes?: { en: string; id?: string; evidence?: Evidence }[];
}
interface Source {
  id: string;
  front: string;
  meta: { byline?: { reporter?: string; editor?: string; photographer?: string }; publisher?: string; title?: string; language?: string; seed?: string; published?: { date?: string; time?: string; inferred?: string | { en: string; id: string } }; notes?: string[] };
  body: string;
}

function loadEntities(): { file: string; entities: Entity[] }[] {
  const dir = path.join(DATA, 'entities');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const doc = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { $schema?: string; entities: Entity[] };
      return { file, entities: doc.entities };
    });
}

function loadSources(): Map<string, Source> {
  const dir = path.join(DATA, 'sources');
  const out = new Map<string, Source>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    assert.ok(text.startsWith('---\n'), `${file} starts with front matter`);
    const close = text.indexOf('\n---\n', 4);
    assert.ok(close > 0, `${file} closes its front matter`);
    const front = text.slice(4, close + 1);
    const meta = parseYaml(front) as Source['meta'] & { id?: string };
    const id = meta.id;
    assert.ok(id, `${file} has an id`);
    assert.equal(`${id}.md`, file, 'the file is named after its id');
    out.set(id, { id, front, meta, body: text.slice(close + 5) });
  }
  return out;
}

const FILES = loadEntities();
const ENTITIES = FILES.flatMap((f) => f.entities);
const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));
const SOURCES = loadSources();

function entity(id: string): Entity {
  const e = BY_ID.get(id);
  assert.ok(e, `the data has "${id}"`);
  return e;
}

/** Every word of a form lowercased, without diacritics or apostrophes, joined by one space. */
function formKey(form: string): string {
  return form
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

function formsOf(e: Entity): string[] {
  return [e.name.en, ...(e.name.id ? [e.name.id] : []), ...(e.acronyms ?? []), ...(e.aliases ?? [])];
}

function evidenceOf(e: Entity): Evidence[] {
  return [...e.sources, ...(e.roles ?? []).map((r) => r.evidence), ...(e.notes ?? []).flatMap((n) => (n.evidence ? [n.evidence] : []))];
}

const REQUIRED: Record<string, string> = {
  // meetings and their series
  'asean-som': 'meeting-series',
  'asean-som-2023-03': 'meeting',
  arsom: 'meeting-series',
  'arsom-16': 'meeting',
  'ascc-council': 'meeting-series',
  'ascc-council-29': 'meeting',
  'soc-com': 'meeting-series',
  'soc-com-20': 'meeting',
  'ascc-post-2025-ahwg': 'meeting-series',
  'ascc-post-2025-ahwg-5': 'meeting',
  'asean-summit': 'meeting-series',
  'asean-summit-31': 'meeting',
  'asean-summit-32': 'meeting',
  'asean-summit-37': 'meeting',
  'asean-summit-42': 'meeting',
  'asean-russia-summit': 'meeting-series',
  'asean-russia-summit-3': 'meeting',
  apt: 'meeting-series',
  'asean-us': 'meeting-series',
  'asean-india': 'meeting-series',
  eas: 'meeting-series',
  'imt-gt-summit': 'meeting-series',
  'imt-gt-summit-2018': 'meeting',
  'asean-leaders-gathering-2018': 'meeting',
  // people
  'arto-suryodipuro': 'person',
  'jose-tavares': 'person',
  'igor-morgulov': 'person',
  'kao-kim-hourn': 'person',
  'muhadjir-effendy': 'person',
  'joko-kusnanto-anggoro': 'person',
  'joko-widodo': 'person',
  'arrmanatha-nasir': 'person',
  'chandra-w-yudha': 'person',
  'linda-restaningrum': 'person',
  'yuliana-bahar': 'person',
  // organisations and countries
  asean: 'organization',
  'asean-secretariat': 'organization',
  kemlu: 'organization',
  'kemenko-pmk': 'organization',
  pif: 'organization',
  iora: 'organization',
  apsc: 'organization',
  aec: 'organization',
  ascc: 'organization',
  imf: 'organization',
  'world-bank': 'organization',
  'timor-leste': 'country',
  russia: 'country',
  indonesia: 'country',
  singapore: 'country',
  thailand: 'country',
  // documents
  aoip: 'document',
  tac: 'document',
  'asean-russia-poa-2016-2020': 'document',
  'ascc-blueprint-2025': 'document',
  'ha-noi-declaration-post-2025': 'document',
  'ascc-post-2025-strategic-plan': 'document',
  'asean-leaders-vision-resilient-innovative': 'document',
  'asean-leaders-statement-cybersecurity': 'document',
  'asean-consensus-migrant-workers': 'document',
  'asean-community-vision-2045': 'document',
  // initiatives
  ascn: 'initiative',
  'asean-one-health-network': 'initiative',
  adme: 'initiative',
  iidc: 'initiative',
  'indo-pacific-infrastructure-forum': 'initiative',
  'smart-city-100': 'initiative',
  // terms
  ktt: 'term',
  tppo: 'term',
  som: 'term',
  'menko-pmk': 'term',
  'online-scam': 'term',
  'mitra-wicara': 'term',
  'country-coordinator': 'term',
  'keketuaan-asean': 'term',
  sekjen: 'term',
};

describe('shipped data: what the cards say', () => {
  describe('the entity files', () => {
    it('hold between 90 and 400 entities, each with a unique lowercase-hyphenated id', () => {
      assert.ok(ENTITIES.length >= 90 && ENTITIES.length <= 400, `${ENTITIES.length} entities`);
      for (const e of ENTITIES) assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, e.id);
      assert.equal(BY_ID.size, ENTITIES.length, 'ids are unique');
    });

    it('keep their keys in the schema’s order and point at the schema', () => {
      const order = Object.keys(entitiesSchema.definitions.entity.properties);
      for (const { file } of FILES) {
        const doc = JSON.parse(readFileSync(path.join(DATA, 'entities', file), 'utf8')) as { $schema?: string };
        assert.equal(doc.$schema, '../schema/entities.schema.json', file);
      }
      for (const e of ENTITIES) {
        const keys = Object.keys(e);
        const sorted = [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        assert.deepEqual(keys, sorted, `${e.id} keys in order`);
        assert.ok(keys.every((k) => order.includes(k)), `${e.id} has only known keys`);
      }
    });

    for (const [id, kind] of Object.entries(REQUIRED)) {
      it(`knows ${id} as a ${kind}`, () => assert.equal(entity(id).kind, kind));
    }
  });

  describe('evidence', () => {
    it('every entity has at least one source, and every quote stands verbatim in its article', () => {
      for (const e of ENTITIES) {
        assert.ok(e.sources.length >= 1, `${e.id} has a source`);
        for (const ev of evidenceOf(e)) {
          if (ev.url !== undefined) continue; // a cited page: data-basics.test.ts checks those
          const source = SOURCES.get(ev.source ?? '');
          assert.ok(source, `${e.id} cites a known source (${ev.source})`);
          assert.ok(ev.quote !== undefined && source.body.includes(ev.quote), `${e.id}: quote not verbatim in ${ev.source}: ${JSON.stringify(ev.quote)}`);
        }
      }
    });

    it('the ARSOM card quotes a sentence that says "ARSOM", the AOIP card one that says "AOIP"', () => {
      assert.ok(entity('arsom').sources[0].quote?.includes('ARSOM'));
      assert.ok(entity('aoip').sources[0].quote?.includes('AOIP'));
    });

    it('the TAC quote keeps the article’s double space in "Treaty of  Amity"', () => {
      const quote = entity('tac').sources[0].quote ?? '';
      assert.match(quote, /Treaty of[\s\u00a0]{2}Amity/);
      assert.ok(SOURCES.get('kemlu-2023-03-asean-som')?.body.includes(quote));
    });

    it('every reference names an entity that exists, and a meeting’s series is a meeting-series', () => {
      for (const e of ENTITIES) {
        const refs = [e.series, e.host, ...(e.chairs ?? []), ...(e.participants ?? []).filter((p): p is string => typeof p === 'string'), ...(e.roles ?? []).map((r) => r.organization), ...(e.related ?? []).map((r) => r.target)];
        for (const ref of refs) if (ref !== undefined) assert.ok(BY_ID.has(ref), `${e.id} refers to unknown "${ref}"`);
        if (e.series) assert.equal(entity(e.series).kind, 'meeting-series', `${e.id}.series`);
        if (e.kind === 'meeting') assert.ok(e.dates, `${e.id} has dates`);
      }
    });

    it('every date is a real calendar date and no meeting ends before it starts', () => {
      const real = (d: string): boolean => {
        const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
        if (!m) return false;
        const [y, mo, da] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
        const date = new Date(Date.UTC(y, mo - 1, da));
        return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === da;
      };
      for (const e of ENTITIES) {
        const dates = [e.dates?.start, e.dates?.end, ...(e.roles ?? []).flatMap((r) => [r.from, r.to, ...(r.attested ?? [])])];
        for (const d of dates) if (d !== undefined) assert.ok(real(d), `${e.id}: ${d}`);
        if (e.dates?.end) assert.ok(e.dates.end.slice(0, e.dates.start.length) >= e.dates.start, `${e.id} ends after it starts`);
      }
    });

    it('no surface form belongs to two entities unless both list it in sharedForms', () => {
      const owners = new Map<string, Entity[]>();
      for (const e of ENTITIES) {
        for (const key of new Set(formsOf(e).map(formKey))) owners.set(key, [...(owners.get(key) ?? []), e]);
      }
      for (const [key, es] of owners) {
        if (es.length < 2) continue;
        for (const e of es) assert.ok((e.sharedForms ?? []).some((f) => formKey(f) === key), `"${key}" is claimed by ${es.map((x) => x.id).join(', ')} without sharedForms on ${e.id}`);
      }
    });
  });

  describe('meetings', () => {
    it('records the 16th ARSOM at Hotel Padma in Legian, Bali, on 19–20 February 2019, chaired by Jose Tavares and Igor Morgulov', () => {
      const m = entity('arsom-16');
      assert.equal(m.series, 'arsom');
      assert.equal(m.ordinal, 16);
      assert.deepEqual(m.dates, { start: '2019-02-19', end: '2019-02-20' });
      assert.equal(m.place?.province, 'Bali');
      // Legian is a resort area of Bali, not a city: it stays with the hotel's name.
      assert.equal(m.place?.venue, 'Hotel Padma, Legian');
      assert.equal(m.place?.city, undefined);
      assert.deepEqual(m.chairs, ['jose-tavares', 'igor-morgulov']);
      // Russia is listed once, as the entity; the described participants are the ASEAN member states' officials.
      assert.deepEqual(m.participants?.filter((p) => p === 'russia'), ['russia']);
      assert.ok(m.participants?.every((p) => typeof p === 'string' || !/Rus/.test(p.en)));
    });

    it('records the 42nd ASEAN Summit in Labuan Bajo, East Nusa Tenggara (Nusa Tenggara Timur), in May 2023', () => {
      const m = entity('asean-summit-42');
      assert.equal(m.series, 'asean-summit');
      assert.equal(m.ordinal, 42);
      // The article says May 2023; the cited chairman's statement gives the days.
      assert.deepEqual(m.dates, { start: '2023-05-10', end: '2023-05-11' });
      assert.equal(m.place?.city, 'Labuan Bajo');
      assert.deepEqual(m.place?.province, { en: 'East Nusa Tenggara', id: 'Nusa Tenggara Timur' });
    });

    it('dates the 3rd ASEAN-Russia Summit in Singapore to 14 November 2018, with a note on the article’s "2019"', () => {
      const m = entity('asean-russia-summit-3');
      assert.equal(m.series, 'asean-russia-summit');
      assert.equal(m.ordinal, 3);
      assert.deepEqual(m.dates, { start: '2018-11-14' });
      assert.deepEqual(m.place?.city, { en: 'Singapore', id: 'Singapura' });
      const note = m.notes?.find((n) => n.evidence?.quote?.includes('14 November 2019'));
      assert.ok(note, 'a note quotes the wrong date');
      assert.equal(note.evidence?.source, 'baliekbis-2019-02-arsom');
      assert.match(note.en, /2018/);
    });

    it('records the 29th ASCC Council in Nusa Dua, Bali, on 8 May 2023, chaired by Muhadjir Effendy', () => {
      const m = entity('ascc-council-29');
      assert.equal(m.series, 'ascc-council');
      assert.equal(m.ordinal, 29);
      assert.deepEqual(m.dates, { start: '2023-05-08' });
      assert.equal(m.place?.city, 'Nusa Dua');
      assert.equal(m.place?.province, 'Bali');
      assert.deepEqual(m.chairs, ['muhadjir-effendy']);
    });

    it('records the 6–8 March 2023 ASEAN SOM without inventing a place from the dateline', () => {
      const m = entity('asean-som-2023-03');
      assert.equal(m.series, 'asean-som');
      assert.deepEqual(m.dates, { start: '2023-03-06', end: '2023-03-08' });
      assert.equal(m.place, undefined);
    });

    it('records the 5th Ad-Hoc Working Group (8–10 July 2024) and the 20th SOC-COM that closed the series (July 2024) at the ASEAN Secretariat, Jakarta', () => {
      for (const [id, series, ordinal, dates] of [
        ['ascc-post-2025-ahwg-5', 'ascc-post-2025-ahwg', 5, { start: '2024-07-08', end: '2024-07-10' }],
        ['soc-com-20', 'soc-com', 20, { start: '2024-07' }],
      ] as const) {
        const m = entity(id);
        assert.equal(m.series, series);
        assert.equal(m.ordinal, ordinal);
        assert.deepEqual(m.dates, dates);
        assert.deepEqual(m.place?.venue, { en: 'ASEAN Secretariat', id: 'Sekretariat ASEAN' });
        assert.equal(m.place?.city, 'Jakarta');
      }
      // The card's note says why only the month is recorded, and the quote carries "ditutup".
      assert.match(entity('soc-com-20').notes?.[0].en ?? '', /only the month/);
      assert.ok(entity('soc-com-20').sources.some((s) => s.quote?.includes('ditutup')));
    });

    it('records the 32nd ASEAN Summit in Singapore on 27–28 April 2018 and the IMT-GT Summit at its retreat', () => {
      const m = entity('asean-summit-32');
      assert.deepEqual(m.dates, { start: '2018-04-27', end: '2018-04-28' });
      assert.deepEqual(m.place?.country, { en: 'Singapore', id: 'Singapura' });
      assert.equal(m.host, 'singapore');
      const imt = entity('imt-gt-summit-2018');
      assert.equal(imt.series, 'imt-gt-summit');
      assert.deepEqual(imt.dates, { start: '2018-04-28' });
      assert.deepEqual(imt.chairs, ['thailand']);
    });

    it('records the Manila summit of November 2017 as the 31st, with a note that the article gives no number', () => {
      const m = entity('asean-summit-31');
      assert.equal(m.ordinal, 31);
      assert.deepEqual(m.dates, { start: '2017-11' });
      assert.equal(m.place?.city, 'Manila');
      assert.ok(m.notes?.some((n) => n.evidence?.quote?.includes('Manila pada November tahun lalu')));
    });

    it('records the 37th ASEAN Summit in November 2020, where the Ha Noi Declaration was adopted on the 12th', () => {
      // The article dates the adoption, not the summit: a day would show it as a one-day meeting.
      assert.deepEqual(entity('asean-summit-37').dates, { start: '2020-11' });
      assert.match(entity('asean-summit-37').notes?.[0].en ?? '', /12 November 2020/);
      assert.ok(entity('ha-noi-declaration-post-2025').related?.some((r) => r.type === 'adopted-at' && r.target === 'asean-summit-37'));
    });

    it('records the ASEAN Leaders’ Gathering in Bali in October 2018', () => {
      const m = entity('asean-leaders-gathering-2018');
      assert.deepEqual(m.dates, { start: '2018-10' });
      assert.equal(m.place?.province, 'Bali');
    });

    it('gives each series the forms writers put around an ordinal', () => {
      const has = (id: string, form: string) => assert.ok(formsOf(entity(id)).some((f) => formKey(f) === formKey(form)), `${id} has "${form}"`);
      has('asean-summit', 'KTT ASEAN');
      has('asean-summit', 'Konferensi Tingkat Tinggi ASEAN');
      has('asean-summit', 'ASEAN Summit');
      has('asean-russia-summit', 'KTT ASEAN-Rusia');
      has('arsom', 'ARSOM');
      has('arsom', 'ASEAN-Russia Senior Officials’ Meeting');
      has('ascc-council', 'Dewan Menteri Pilar Sosial Budaya ASEAN');
      has('ascc-council', 'ASCC');
      has('soc-com', 'SOC-COM');
    });

    it('lets "ASCC" and "SOM" show both of their meanings', () => {
      for (const [form, ids] of [['ASCC', ['ascc', 'ascc-council']], ['ASEAN Socio-Cultural Community', ['ascc', 'ascc-council']], ['SOM', ['asean-som', 'som']]] as const) {
        for (const id of ids) assert.ok(entity(id).sharedForms?.includes(form), `${id} shares "${form}"`);
      }
    });

    it('every meeting ordinal is unique within its series', () => {
      const seen = new Set<string>();
      for (const e of ENTITIES) {
        if (e.ordinal === undefined) continue;
        const key = `${e.series}#${e.ordinal}`;
        assert.ok(!seen.has(key), key);
        seen.add(key);
      }
    });
  });

  describe('people', () => {
    it('keeps both of Joko Kusnanto Anggoro’s titles, each with its own date', () => {
      const roles = entity('joko-kusnanto-anggoro').roles ?? [];
      assert.equal(roles.length, 2);
      const [a, b] = roles;
      assert.notDeepEqual(a.attested, b.attested);
      assert.deepEqual(a.attested, ['2023-05-08']);
      assert.equal(a.title.id, 'Staf Khusus Menko PMK Bidang Kerja Sama Internasional');
      assert.deepEqual(b.attested, ['2024-07']);
      assert.equal(b.title.id, 'Staf Khusus Bidang Kerja Sama Luar Negeri Kemenko PMK');
    });

    it('every person has a role with a title in both languages and evidence', () => {
      for (const e of ENTITIES.filter((x) => x.kind === 'person')) {
        assert.ok(e.roles && e.roles.length >= 1, e.id);
        for (const r of e.roles) assert.ok(r.title.en && r.title.id && (r.evidence.quote || r.evidence.url), e.id);
      }
    });

    it('finds Chandra W. Yudha as the article writes him, "Chandra W.Yudha"', () => {
      assert.ok(entity('chandra-w-yudha').aliases?.includes('Chandra W.Yudha'));
    });

    it('names Kao Kim Hourn Secretary-General of ASEAN in May 2023', () => {
      const role = entity('kao-kim-hourn').roles?.[0];
      assert.equal(role?.title.en, 'Secretary-General of ASEAN');
      assert.deepEqual(role?.attested, ['2023-05-08']);
    });
  });

  describe('organisations, documents and terms', () => {
    it('spells out ASEAN in English and Indonesian', () => {
      const e = entity('asean');
      assert.equal(e.name.en, 'Association of Southeast Asian Nations');
      assert.equal(e.name.id, 'Perhimpunan Bangsa-Bangsa Asia Tenggara');
      assert.deepEqual(e.acronyms, ['ASEAN']);
    });

    it('knows the Pacific Islands Forum also as the article’s "Pacific Island Forum"', () => {
      const e = entity('pif');
      assert.equal(e.name.en, 'Pacific Islands Forum');
      assert.ok(e.aliases?.includes('Pacific Island Forum'));
    });

    it('records Timor-Leste as an ASEAN observer and Russia as a dialogue partner since 1996', () => {
      assert.ok(entity('timor-leste').related?.some((r) => r.type === 'observer-of' && r.target === 'asean'));
      const russia = entity('russia');
      assert.match(russia.description.en, /1996/);
      assert.ok(russia.sources.some((s) => s.quote?.includes('mitra wicara ASEAN pada tahun 1996')));
    });

    it('explains the article’s "ACV 2024" on the ASEAN Community Vision 2045 card', () => {
      const e = entity('asean-community-vision-2045');
      assert.ok(e.acronyms?.includes('ACV 2045'));
      assert.ok(e.notes?.some((n) => n.evidence?.quote?.includes('ACV 2024')));
    });

    it('finds the article’s spellings of the Leaders’ documents of the 32nd Summit', () => {
      assert.ok(entity('asean-leaders-vision-resilient-innovative').aliases?.includes('ASEAN Leaders Vision for Resilient and Innovative ASEAN'));
      assert.ok(entity('asean-leaders-statement-cybersecurity').aliases?.includes('ASEAN Leaders Statement on Cyber Security Cooperation'));
    });

    it('gives the ASEAN-Russia plan of action its full name', () => {
      assert.equal(entity('asean-russia-poa-2016-2020').name.en, 'Comprehensive Plan of Action to Promote Cooperation between the Association of Southeast Asian Nations and the Russian Federation 2016-2020');
    });

    it('the community pillars are part of the ASEAN Community, and the ASCC Council part of the ASCC', () => {
      for (const id of ['apsc', 'aec', 'ascc']) assert.ok(entity(id).related?.some((r) => r.type === 'part-of' && r.target === 'asean-community'), id);
      assert.ok(entity('ascc-council').related?.some((r) => r.type === 'part-of' && r.target === 'ascc'));
    });

    it('KTT, TPPO and Menko PMK are explained as terms', () => {
      assert.equal(entity('ktt').name.id, 'Konferensi Tingkat Tinggi');
      assert.equal(entity('tppo').name.id, 'Tindak Pidana Perdagangan Orang');
      assert.ok(entity('menko-pmk').acronyms?.includes('Menko PMK'));
    });
  });

  describe('source articles', () => {
    const meta = (id: string): Source['meta'] => SOURCES.get(id)?.meta ?? {};

    it('has the five articles with their publishers and dates', () => {
      const expected: [string, string, string][] = [
        ['kemlu-2023-03-asean-som', 'Kementerian Luar Negeri', '2023-03'],
        ['baliekbis-2019-02-arsom', 'Baliekbis.com', '2019-02'],
        ['antara-2023-05-ascc-council', 'ANTARA', '2023-05-08'],
        ['antara-2018-04-ktt-32', 'ANTARA', '2018-04-20'],
        ['kemenko-pmk-2024-07-soc-com', 'Kemenko PMK', '2024-07'],
      ];
      assert.equal(SOURCES.size, 5);
      for (const [id, publisher, date] of expected) {
        assert.equal(meta(id).publisher, publisher, id);
        assert.equal(meta(id).published?.date, date, id);
        assert.equal(meta(id).language, 'id', id);
        assert.ok(meta(id).title && meta(id).seed, id);
      }
    });

    it('credits the ANTARA reporters and editors', () => {
      assert.deepEqual(meta('antara-2023-05-ascc-council').byline, { reporter: 'Zubi Mahrofi', editor: 'Nurul Hayat', photographer: 'Zubi Mahrofi' });
      assert.equal(meta('antara-2023-05-ascc-council').published?.time, '16:46 WIB');
      assert.deepEqual(meta('antara-2018-04-ktt-32').byline, { reporter: 'Aditya Eko Sigit Wicaksono', editor: 'Fitri Supratiwi' });
      assert.equal(meta('antara-2018-04-ktt-32').published?.time, '13:14 WIB');
    });

    it('says why a publication date is inferred when the article gives none', () => {
      for (const id of ['kemlu-2023-03-asean-som', 'baliekbis-2019-02-arsom', 'kemenko-pmk-2024-07-soc-com']) {
        const inferred = meta(id).published?.inferred;
        // In both languages, so an Indonesian card carries no English, and without parentheses to nest in the card's own.
        assert.ok(typeof inferred === 'object' && inferred.en && inferred.id, id);
        assert.doesNotMatch(`${inferred.en} ${inferred.id}`, /[()]/, id);
      }
      const arsom = meta('baliekbis-2019-02-arsom').published?.inferred;
      assert.match(typeof arsom === 'object' ? arsom.id : '', /Rabu, 20 Februari 2019/);
    });

    it('keeps article 002 verbatim, its body printed twice', () => {
      const body = SOURCES.get('antara-2023-05-ascc-council')?.body ?? '';
      const paragraph = 'Pimpinan sidang ASCC ke-29, Menko PMK Muhadjir Effendy';
      assert.equal(body.split(paragraph).length - 1, 2);
      assert.ok(meta('antara-2023-05-ascc-council').notes?.some((n) => /twice/.test(n)));
    });
  });
});
