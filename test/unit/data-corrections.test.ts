/**
 * The shipped data, checked against the articles' own words where a review of every card found them
 * misread (issue 14): what each claim rests on, and what an Indonesian card must not carry.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadDataDir } from '../../server/src/data/load';
import type { Dataset, Entity } from '../../server/src/data/dataset';
import { isQuote } from '../../server/src/data/evidence';
import type { Evidence } from '../../server/src/data/model.gen';

let data: Dataset;
const entity = (id: string): Entity => {
  const e = data.entities.find((x) => x.id === id);
  assert.ok(e, id);
  return e;
};
const quoteOf = (ev: Evidence | undefined): string[] => (ev && isQuote(ev) ? [ev.quote] : []);
const quotes = (id: string): string[] => [...entity(id).sources.flatMap(quoteOf), ...(entity(id).notes ?? []).flatMap((n) => quoteOf(n.evidence))];

before(() => {
  data = loadDataDir(path.resolve(__dirname, '..', '..', 'data')).dataset;
});

describe('shipped data: each claim against the article', () => {
  it('the 29th ASCC Council: "ASCC 2023" agreed the four documents; the ministers and the Secretary-General reaffirmed their commitment', () => {
    const e = entity('ascc-council-29');
    assert.ok(quotes(e.id).some((q) => q.includes('ASCC 2023 menyepakati empat dokumen komitmen')));
    assert.ok(quotes(e.id).some((q) => q.includes('menegaskan kembali komitmen mereka')));
    assert.doesNotMatch(e.description.en, /Secretary-General agreed/);
    assert.match(e.description.en, /reaffirmed/);
  });

  it('the four ASCC 2023 commitment documents each have an entity, named as the article names them, not an invented title', () => {
    for (const id of ['ascc-2023-migrant-workers-crisis', 'ascc-2023-migrant-fishers']) {
      const e = entity(id);
      assert.equal(e.kind, 'document');
      assert.ok(e.related?.some((r) => r.target === 'ascc-council-29'), id);
      assert.ok(e.notes?.some((n) => /not an official title/.test(n.en)), id);
    }
    assert.ok(entity('asean-village-network') && entity('one-health'));
  });

  it('ASEAN Plus Three is related to ASEAN, not part of it', () => {
    assert.deepEqual(entity('apt').related, [{ type: 'related-to', target: 'asean' }]);
  });

  it('the Committee of Permanent Representatives is not said to meet in Jakarta: the article gives no place for its meeting', () => {
    assert.doesNotMatch(entity('cpr').description.en + entity('cpr').description.id, /Jakarta/);
  });

  it('Tavares and Morgulov co-chaired the 16th ARSOM in both languages', () => {
    for (const id of ['jose-tavares', 'igor-morgulov']) {
      assert.match(entity(id).description.en, /co-chaired/);
      assert.match(entity(id).description.id, /bersama .* memimpin/);
    }
    assert.ok(quotes('igor-morgulov').some((q) => q.includes('dipimpin langsung oleh') && q.includes('Jose Tavares')));
  });

  it('quotes carry what their card says: no phrase cut mid-way, "setiap tahun" for the annual ARSOM, the three pillars, the agenda lists', () => {
    assert.ok(quotes('asean-som-2023-03').every((q) => !/ dengan$/.test(q)));
    assert.ok(quotes('asean-som-2023-03').some((q) => /Indian\s+Ocean\s+Rim\s+Association\s+\(IORA\)/.test(q)));
    assert.ok(quotes('asean-som-2023-03').some((q) => /Amity\s+and\s+Cooperation/.test(q)));
    assert.ok(quotes('arsom').some((q) => q.includes('setiap tahun')));
    assert.ok(quotes('asean-community').some((q) => q.includes('ASCC, AEC, dan APSC')));
    assert.ok(quotes('soc-com-20').some((q) => q.includes('Dalam agenda pertemuan ini')));
    assert.ok(quotes('arsom-16').some((q) => q.includes('membahas berbagai agenda')));
  });

  it('a person card’s source quote says more than the role evidence it would repeat, where the article has more', () => {
    for (const id of ['igor-morgulov', 'linda-restaningrum']) {
      const roles = new Set((entity(id).roles ?? []).map((r) => r.evidence.quote));
      assert.ok(entity(id).sources.some((s) => !roles.has(s.quote)), id);
    }
  });

  it('notes name the article by publisher and date, never by an internal number', () => {
    for (const e of data.entities) for (const n of e.notes ?? []) assert.doesNotMatch(`${n.en} ${n.id ?? ''}`, /\b(Article|Artikel) \d/, e.id);
  });

  it('the TPPO card does not read as ASEAN fighting trafficking by means of online scams', () => {
    assert.doesNotMatch(entity('tppo').description.id, /melalui online scam/);
    assert.match(entity('tppo').description.id, /terkait dengan penipuan daring/);
  });

  it('where the articles use no Indonesian name (SOC-COM, AOIP) there is none, and the translation is marked as one', () => {
    for (const id of ['soc-com', 'soc-com-20', 'aoip']) assert.equal(entity(id).name.id, undefined, id);
    for (const id of ['soc-com', 'aoip']) assert.ok(entity(id).notes?.some((n) => /translation/.test(n.en) && /terjemahan/.test(n.id ?? '')), id);
  });

  it('place names that differ between the languages are given in both', () => {
    const places = data.entities.flatMap((e) => (e.place ? [e.place] : []));
    const english = new Set(['Singapore', 'Philippines', 'ASEAN Secretariat', 'East Nusa Tenggara']);
    for (const p of places) for (const t of [p.venue, p.city, p.province, p.country]) if (typeof t === 'string') assert.ok(!english.has(t), t);
  });
});

describe('shipped data: what a card quotes', () => {
  it('no quote starts or ends with a quotation mark of the article, so the card’s own marks are never doubled', () => {
    for (const e of data.entities) {
      const evidence = [...e.sources, ...(e.roles ?? []).map((r) => r.evidence), ...(e.notes ?? []).flatMap((n) => (n.evidence ? [n.evidence] : []))];
      for (const q of evidence.flatMap(quoteOf)) assert.doesNotMatch(q, /^["“‘']|["”’']$/, `${e.id}: ${q}`);
    }
  });
});
