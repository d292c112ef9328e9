/**
 * The ASEAN basics every writer mentions (issue 17): member states, dialogue partners,
 * summits, Secretaries-General, councils and ministerial bodies, chairmanship themes and
 * the people of 2023. Each fact here is cited to a public page; these tests say the data
 * holds them, with the right kind and facts, and that a writer finds them in a draft.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity } from '../../server/src/data/dataset';
import type { Role } from '../../server/src/data/model.gen';
import { evidenceOf, isCitation, isQuote } from '../../server/src/data/evidence';
import { loadDataDir } from '../../server/src/data/load';
import { buildIndex } from '../../server/src/index/build';
import { scanText } from '../../server/src/scan/scan';
import { openDocument } from './helpers/service';

const DATA = path.resolve(__dirname, '..', '..', 'data');
const loaded = loadDataDir(DATA);
const index = buildIndex(loaded.dataset);
const BY_ID = new Map(loaded.dataset.entities.map((e) => [e.id, e]));

function entity(id: string, kind?: Entity['kind']): Entity {
  const e = BY_ID.get(id);
  assert.ok(e, `the data has "${id}"`);
  if (kind) assert.equal(e.kind, kind, `${id} is a ${kind}`);
  return e;
}

/** 1st, 2nd, 3rd, 4th, 11th, 22nd: how the tests name a summit. */
const nth = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
const relatesTo = (e: Entity, type: string, target: string) => (e.related ?? []).some((r) => r.type === type && r.target === target);
const forms = (e: Entity) => [e.name.en, e.name.id, ...(e.acronyms ?? []), ...(e.aliases ?? [])];

const MEMBER_STATES = ['brunei', 'cambodia', 'indonesia', 'laos', 'malaysia', 'myanmar', 'philippines', 'singapore', 'thailand', 'timor-leste', 'viet-nam'];
const DIALOGUE_PARTNERS = ['australia', 'canada', 'china', 'european-union', 'india', 'japan', 'republic-of-korea', 'new-zealand', 'russia', 'united-kingdom', 'united-states'];
/** The days the cited pages were read; a citation dated otherwise was not read by us. */
const CURATION_DAYS = ['2026-12-02', '2026-12-03'];
/** A contiguous range of confirmed summits, up to the most recent. */
const SUMMITS = { first: 1, last: 47 };
const SECRETARIES_GENERAL = [
  'hartono-rekso-dharsono', 'umarjadi-njotowijono', 'ali-abdullah', 'narciso-reyes', 'chan-kai-yau', 'phan-wannamethee', 'roderick-yong', 'rusli-noor',
  'ajit-singh', 'rodolfo-severino', 'ong-keng-yong', 'surin-pitsuwan', 'le-luong-minh', 'lim-jock-hoi', 'kao-kim-hourn',
];

describe('the ASEAN basics, each fact cited', () => {
  it('loads without a problem and counts quotes and citations apart', () => {
    assert.deepEqual(loaded.problems, []);
    assert.ok(loaded.stats.quotes >= 120, `${loaded.stats.quotes} quotes`);
    assert.ok(loaded.stats.citations >= 50, `${loaded.stats.citations} citations`);
  });

  it('every citation names a publisher, a title and an https page, read on a curation day and not before it was published', () => {
    let count = 0;
    for (const e of loaded.dataset.entities) {
      for (const { evidence } of evidenceOf(e)) {
        if (!isCitation(evidence)) continue;
        count++;
        assert.match(evidence.url, /^https:\/\/[^\s]+$/, e.id);
        assert.ok(evidence.title.trim() && evidence.publisher.trim(), e.id);
        assert.ok(CURATION_DAYS.includes(evidence.consulted), `${e.id}: consulted ${evidence.consulted}`);
        if (evidence.published) assert.ok(evidence.published <= evidence.consulted, `${e.id}: published ${evidence.published}`);
      }
    }
    assert.ok(count > 100, `${count} citations`);
  });

  describe('member states', () => {
    it('knows all eleven member states as countries that are members of ASEAN', () => {
      for (const id of MEMBER_STATES) assert.ok(relatesTo(entity(id, 'country'), 'member-of', 'asean'), `${id} is a member of ASEAN`);
      const members = loaded.dataset.entities.filter((e) => e.kind === 'country' && relatesTo(e, 'member-of', 'asean'));
      assert.deepEqual(members.map((e) => e.id).sort(), MEMBER_STATES);
    });

    it('finds the four that were missing by the names writers use', () => {
      for (const [written, id] of [['Myanmar', 'myanmar'], ['Kamboja', 'cambodia'], ['Filipina', 'philippines'], ['the Philippines', 'philippines'], ['Viet Nam', 'viet-nam'], ['Vietnam', 'viet-nam']]) {
        const hits = scanText(`Delegasi ${written} hadir.`, index).hits;
        assert.deepEqual(hits.map((h) => h.candidates[0].id), [id], written);
      }
    });

    it('records Timor-Leste as admitted on 26 October 2025, keeping the shipped article’s observer status of 2024', () => {
      const tl = entity('timor-leste', 'country');
      assert.ok(relatesTo(tl, 'member-of', 'asean') && relatesTo(tl, 'observer-of', 'asean'));
      assert.match(tl.description.en, /26 October 2025/);
      assert.match(tl.description.id, /26 Oktober 2025/);
      const cited = tl.sources.filter(isCitation).filter((s) => s.facts?.includes('related'));
      assert.ok(cited.some((s) => s.published === '2025-10-26'), 'a page of the day backs the membership');
      assert.ok(tl.sources.some(isQuote), 'the shipped quote stays');
    });

    it('gives the admission dates of the later members', () => {
      assert.match(entity('viet-nam').description.en, /28 July 1995/);
      assert.match(entity('myanmar').description.en, /23 July 1997/);
      assert.match(entity('cambodia').description.en, /30 April 1999/);
      assert.match(entity('philippines').description.en, /8 August 1967/);
    });
  });

  it('knows the eleven dialogue partners', () => {
    for (const id of DIALOGUE_PARTNERS) assert.ok(relatesTo(entity(id), 'dialogue-partner-of', 'asean'), id);
    assert.equal(entity('european-union').kind, 'organization');
  });

  describe('ASEAN Summits', () => {
    const summit = (n: number) => loaded.dataset.entities.find((e) => e.series === 'asean-summit' && e.ordinal === n);

    it(`has every summit from the ${nth(SUMMITS.first)} to the ${nth(SUMMITS.last)}, each with dates, a place and the chair country as host`, () => {
      for (let n = SUMMITS.first; n <= SUMMITS.last; n++) {
        const s = summit(n);
        assert.ok(s, `the ${nth(n)} ASEAN Summit`);
        assert.equal(s.kind, 'meeting');
        assert.ok(s.dates?.start, `${s.id} dates`);
        // Where no page settles the city (the 9th in Bali, the 12th in Cebu), the province is the place.
        assert.ok(s.place?.city || s.place?.venue || s.place?.province || s.place?.virtual, `${s.id} place`);
        assert.ok(s.host && MEMBER_STATES.includes(s.host), `${s.id} host ${s.host}`);
        assert.equal(s.name.id, `KTT ASEAN ke-${n}`);
      }
    });

    it('dates the summits in the order of their numbers', () => {
      const numbers = loaded.dataset.entities.filter((e) => e.series === 'asean-summit' && e.ordinal !== undefined).map((e) => e.ordinal!).sort((a, b) => a - b);
      for (let i = 1; i < numbers.length; i++) {
        const [n, a, b] = [numbers[i], summit(numbers[i - 1])!.dates!.start, summit(numbers[i])!.dates!.start];
        assert.ok(a.slice(0, b.length) <= b.slice(0, a.length), `${numbers[i - 1]} (${a}) before ${n} (${b})`);
      }
    });

    const expected: [number, string, string | undefined, string | undefined, string][] = [
      [1, '1976-02-23', '1976-02-24', 'Denpasar', 'indonesia'],
      [4, '1992-01-27', '1992-01-28', 'Singapore', 'singapore'],
      [6, '1998-12-15', '1998-12-16', 'Hanoi', 'viet-nam'],
      [14, '2009-02-28', '2009-03-01', 'Cha-am Hua Hin', 'thailand'],
      [22, '2013-04-24', '2013-04-25', 'Bandar Seri Begawan', 'brunei'],
      [24, '2014-05-10', '2014-05-11', 'Nay Pyi Taw', 'myanmar'],
      [30, '2017-04-29', undefined, 'Manila', 'philippines'],
      [33, '2018-11-13', '2018-11-15', 'Singapore', 'singapore'],
      [40, '2022-11-11', undefined, 'Phnom Penh', 'cambodia'],
      [41, '2022-11-11', undefined, 'Phnom Penh', 'cambodia'],
      [42, '2023-05-10', '2023-05-11', 'Labuan Bajo', 'indonesia'],
      [43, '2023-09-05', undefined, 'Jakarta', 'indonesia'],
      [44, '2024-10-09', undefined, 'Vientiane', 'laos'],
      [45, '2024-10-09', undefined, 'Vientiane', 'laos'],
      [46, '2025-05-26', undefined, 'Kuala Lumpur', 'malaysia'],
      [47, '2025-10-26', '2025-10-28', 'Kuala Lumpur', 'malaysia'],
    ];
    for (const [n, start, end, city, host] of expected) {
      it(`records the ${nth(n)} Summit in ${city} from ${start}, under ${host}'s chairmanship`, () => {
        const s = summit(n)!;
        assert.deepEqual(s.dates, end ? { start, end } : { start });
        const placed = s.place?.city;
        assert.equal(typeof placed === 'object' ? placed.en : placed, city);
        assert.equal(s.host, host);
      });
    }

    it('records the 38th and 39th online under Brunei, and the 36th and 37th online under Viet Nam', () => {
      for (const n of [36, 37]) assert.deepEqual([summit(n)!.host, summit(n)!.place?.virtual], ['viet-nam', true]);
      for (const n of [38, 39]) assert.deepEqual([summit(n)!.host, summit(n)!.place?.virtual], ['brunei', true]);
    });

    it('resolves "KTT ASEAN ke-43" and "43rd ASEAN Summit" through the series’ ordinals', () => {
      for (const text of ['Hasil KTT ASEAN ke-43 di Jakarta.', 'At the 43rd ASEAN Summit in Jakarta.', 'KTT ke-43 ASEAN dibuka.']) {
        const hits = scanText(text, index).hits;
        assert.equal(hits[0]?.candidates[0].id, 'asean-summit-43', text);
      }
    });

    it('names the chair and the heads of government of the 42nd and 43rd Summits, each a person with a role', () => {
      for (const n of [42, 43]) {
        const s = summit(n)!;
        assert.deepEqual(s.chairs, ['joko-widodo']);
        const people = (s.participants ?? []).filter((p): p is string => typeof p === 'string');
        assert.ok(people.length >= 8, `${s.id}: ${people.length} leaders`);
        for (const id of people) assert.ok((entity(id, 'person').roles ?? []).length > 0, id);
      }
    });
  });

  describe('Secretaries-General', () => {
    const sgRole = (id: string): Role => {
      const roles = (entity(id, 'person').roles ?? []).filter((r) => r.title.en === 'Secretary-General of ASEAN' && r.organization === 'asean' && r.from);
      assert.ok(roles.length === 1, `${id} has one Secretary-General term with a start`);
      return roles[0];
    };

    it('has all fifteen, each with a term that starts after the one before it ends', () => {
      let previous: Role | undefined;
      for (const id of SECRETARIES_GENERAL) {
        const r = sgRole(id);
        if (previous?.to) assert.ok(previous.to.slice(0, r.from!.length) <= r.from!.slice(0, previous.to.length), `${id} starts ${r.from} after ${previous.to}`);
        if (previous?.from) assert.ok(previous.from < r.from!, `${id} after the one before`);
        previous = r;
      }
    });

    it('dates the recent terms to the day', () => {
      assert.deepEqual([sgRole('le-luong-minh').from, sgRole('le-luong-minh').to], ['2013-01-01', '2017-12-31']);
      assert.deepEqual([sgRole('lim-jock-hoi').from, sgRole('lim-jock-hoi').to], ['2018-01-01', '2022-12-31']);
      assert.equal(sgRole('kao-kim-hourn').from, '2023-01-01');
    });

    it('keeps the shipped quote of Kao Kim Hourn in office in May 2023 beside the cited term', () => {
      const roles = entity('kao-kim-hourn').roles!;
      assert.ok(roles.some((r) => r.attested?.includes('2023-05-08') && isQuote(r.evidence)));
      assert.ok(roles.some((r) => r.from === '2023-01-01' && isCitation(r.evidence)));
    });
  });

  describe('councils and ministerial bodies', () => {
    const bodies: [string, string | undefined, string][] = [
      ['apsc-council', undefined, 'APSC Council'],
      ['aec-council', undefined, 'AEC Council'],
      ['ascc-council', undefined, 'ASCC Council'],
      ['amm', 'AMM', "ASEAN Foreign Ministers' Meeting"],
      ['pmc', 'PMC', 'Post Ministerial Conference'],
      ['aem', 'AEM', "ASEAN Economic Ministers' Meeting"],
      ['admm', 'ADMM', "ASEAN Defence Ministers' Meeting"],
      ['ammtc', 'AMMTC', 'ASEAN Ministerial Meeting on Transnational Crime'],
      ['acc', 'ACC', 'ASEAN Coordinating Council'],
      ['soca', 'SOCA', 'Senior Officials Committee for the ASEAN Socio-Cultural Community'],
    ];
    for (const [id, acronym, name] of bodies) {
      it(`knows ${name} as a meeting series with names in both languages`, () => {
        const e = entity(id, 'meeting-series');
        assert.ok(forms(e).includes(name), `${id} is written "${name}"`);
        assert.ok(e.name.id, `${id} has an Indonesian name`);
        if (acronym) assert.ok(e.acronyms?.includes(acronym), `${id} is ${acronym}`);
      });
    }

    it('numbers the 2023 meetings of those bodies', () => {
      const m = (id: string, series: string, ordinal: number) => assert.deepEqual([entity(id, 'meeting').series, entity(id).ordinal], [series, ordinal]);
      m('amm-56', 'amm', 56);
      m('aem-55', 'aem', 55);
      m('admm-17', 'admm', 17);
      m('ammtc-17', 'ammtc', 17);
      m('apsc-council-27', 'apsc-council', 27);
      m('acc-32', 'acc', 32);
    });

    it('knows BIMP-EAGA and SEANWFZ by their acronyms', () => {
      assert.ok(entity('bimp-eaga', 'organization').acronyms?.includes('BIMP-EAGA'));
      assert.ok(entity('seanwfz', 'document').acronyms?.includes('SEANWFZ'));
    });
  });

  it('knows the chairmanship themes of 2018 to 2025, each tied to its chair', () => {
    const themes: [number, string, string][] = [
      [2018, 'Resilient and Innovative ASEAN', 'singapore'],
      [2019, 'Advancing Partnership for Sustainability', 'thailand'],
      [2020, 'Cohesive and Responsive', 'viet-nam'],
      [2021, 'We Care, We Prepare, We Prosper', 'brunei'],
      [2022, 'ASEAN A.C.T.: Addressing Challenges Together', 'cambodia'],
      [2023, 'ASEAN Matters: Epicentrum of Growth', 'indonesia'],
      [2024, 'ASEAN: Enhancing Connectivity and Resilience', 'laos'],
      [2025, 'Inclusivity and Sustainability', 'malaysia'],
    ];
    for (const [year, name, country] of themes) {
      const e = entity(`theme-asean-${year}`, 'term');
      assert.equal(e.name.en, name);
      assert.ok(relatesTo(e, 'related-to', country), `${year} theme is ${country}'s`);
    }
    assert.equal(scanText('Tema "ASEAN Matters: Epicentrum of Growth" diusung.', index).hits[0]?.candidates[0].id, 'theme-asean-2023');
    assert.equal(scanText('Tema ASEAN Matters diusung.', index).hits[0]?.candidates[0].id, 'theme-asean-2023');
    assert.deepEqual(scanText('This is why ASEAN matters.', index).hits.map((h) => h.candidates[0].id), ['asean'], 'the English phrase is prose, not the theme');
    assert.ok(entity('theme-asean-2018').sources.every(isQuote), 'the 2018 theme stands on the shipped ANTARA article');
  });

  it('knows the foreign minister and the ministry spokesperson of 2023 with the dates of their roles', () => {
    const retno = entity('retno-marsudi', 'person').roles![0];
    assert.deepEqual([retno.organization, retno.from, retno.to], ['kemlu', '2014-10-27', '2024-10']);
    const faizasyah = entity('teuku-faizasyah', 'person').roles![0];
    assert.deepEqual([faizasyah.organization, faizasyah.from, faizasyah.attested], ['kemlu', '2019', ['2023-05-11']]);
  });

  describe('what a writer sees', () => {
    const doc = (text: string) => openDocument(index, TextDocument.create('file:///laporan.md', 'markdown', 1, text));

    it('hovering "KTT ASEAN ke-43" in an Indonesian draft shows its cited date and links the chairman’s statement', () => {
      const { service, doc: d, ctx } = doc('Presiden memimpin KTT ASEAN ke-43 di Jakarta pada September 2023.');
      const h = service.hover(ctx, d.positionAt(d.getText().indexOf('ke-43')));
      const value = (h?.contents as { value: string }).value;
      assert.match(value, /\*\*Tanggal:\*\* 5 September 2023 · \*dirujuk\*/);
      assert.ok(value.includes('(https://worldjpn.net/documents/texts/asean/20230905.D1E.html)'), value);
    });

    it('Go to Definition opens nothing for cited-only Myanmar, and the Kemlu article for the 42nd Summit', () => {
      const { service, doc: d, ctx } = doc('Myanmar tidak hadir di KTT ASEAN ke-42.');
      assert.deepEqual(service.definition(ctx, d.positionAt(1)), []);
      const found = service.definition(ctx, d.positionAt(d.getText().indexOf('ke-42')));
      assert.equal(found.length, 1);
      assert.match(found[0].uri, /kemlu-2023-03-asean-som\.md$/);
    });
  });
});

describe('the ASEAN basics, facts added in the follow-up review', () => {
  const summit = (n: number) => loaded.dataset.entities.find((e) => e.series === 'asean-summit' && e.ordinal === n);
  const role = (id: string, titleEn: string) => (entity(id, 'person').roles ?? []).find((r) => r.title.en === titleEn);
  const citedUrls = (e: Entity) => evidenceOf(e).map(({ evidence }) => evidence).filter(isCitation).map((c) => c.url);

  it('gives the SEANWFZ signing in Bangkok on 15 December 1995 and its entry into force on 27 March 1997, in both languages', () => {
    const e = entity('seanwfz', 'document');
    for (const s of ['Bangkok', '15 December 1995', '27 March 1997']) assert.ok(e.description.en.includes(s), s);
    for (const s of ['Bangkok', '15 Desember 1995', '27 Maret 1997']) assert.ok(e.description.id.includes(s), s);
    assert.ok(citedUrls(e).some((u) => u.startsWith('https://www.un.org/nwfz/')), 'the UN page backs the dates');
    assert.ok((e.notes ?? []).some((n) => n.en.includes('28 March 1997')), 'the other date given is recorded in a note');
  });

  it('dates the United Kingdom’s dialogue partnership to 5 August 2021', () => {
    const e = entity('united-kingdom', 'country');
    assert.match(e.description.en, /5 August 2021/);
    assert.match(e.description.id, /5 Agustus 2021/);
    assert.ok(citedUrls(e).some((u) => u.startsWith('https://gov.uk/')));
  });

  it('ends Ong Keng Yong’s term on 31 December 2007 and dates Surin Pitsuwan’s to the day', () => {
    const sg = 'Secretary-General of ASEAN';
    assert.equal(role('ong-keng-yong', sg)?.to, '2007-12-31');
    assert.deepEqual([role('surin-pitsuwan', sg)?.from, role('surin-pitsuwan', sg)?.to], ['2008-01-01', '2012-12-31']);
  });

  it('ends Teuku Faizasyah’s spokesperson role in 2023 and gives his swearing-in as ambassador', () => {
    assert.equal(role('teuku-faizasyah', 'Spokesperson of the Ministry of Foreign Affairs')?.to, '2023');
    assert.equal(role('teuku-faizasyah', 'Ambassador of Indonesia to Norway and Iceland')?.from, '2023-06-26');
    assert.equal(BY_ID.has('lalu-muhamad-iqbal'), false, 'no successor is added without a page saying so');
  });

  it('dates the 34th, 36th and 39th Summits and the 17th AMMTC to the day', () => {
    assert.deepEqual(summit(34)!.dates, { start: '2019-06-22', end: '2019-06-23' });
    assert.deepEqual(summit(36)!.dates, { start: '2020-06-26' });
    assert.deepEqual(summit(39)!.dates, { start: '2021-10-26' });
    assert.deepEqual(entity('ammtc-17', 'meeting').dates, { start: '2023-08-21', end: '2023-08-23' });
  });

  it('admits Brunei on 7 January 1984 and keeps the 8 January of the ASEAN-Japan Centre in a note', () => {
    const e = entity('brunei', 'country');
    assert.match(e.description.en, /7 January 1984/);
    assert.ok((e.notes ?? []).some((n) => n.en.includes('8 January 1984')));
  });

  it('keeps both days of Kao Kim Hourn’s start in a note', () => {
    const note = (entity('kao-kim-hourn').notes ?? []).map((n) => n.en).join(' ');
    assert.match(note, /1 January 2023/);
    assert.match(note, /9 January/);
  });

  it('backs Roderick Yong and Rusli Noor with ASEAN ministerial communiqués beside the copied list', () => {
    for (const id of ['roderick-yong', 'rusli-noor']) assert.ok(citedUrls(entity(id)).some((u) => u.startsWith('https://asean.org/')), id);
  });
});
