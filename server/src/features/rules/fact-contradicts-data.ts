/**
 * "KTT ke-3 ASEAN-Rusia di Singapura pada 14 November 2019": a numbered meeting with a place or a
 * date in the same sentence that the record contradicts. Only where the data can decide and the
 * sentence is plain: the place or date follows the meeting within a few words, no other meeting is
 * named between them, and the record holds that fact. The message gives the recorded fact and its
 * source; the quick fix writes the recorded value in the draft's language.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Entity, Lang } from '../../data/dataset';
import type { Place } from '../../data/model.gen';
import { evidenceFor } from '../../data/evidence';
import { dayBounds, formatDate, formatDateRange } from '../../format/dates';
import { nameIn, textIn } from '../../format/names';
import type { EntityIndex } from '../../index/types';
import { firstFrom, type DocumentScan, type Hit } from '../../scan/hits';
import { maskNonProse } from '../../scan/prose';
import { formKey } from '../../text/tokens';
import { firstDate, sentenceAround, type WrittenDate } from './prose-text';
import { defineRule } from './rule';

/** Words between the meeting and its place or date at most ("diselenggarakan di Bali, mulai"). */
const MAX_GAP_WORDS = 8;

interface Found {
  fact: 'date' | 'place';
  /** What the draft says, as written. */
  written: string;
  /** The recorded value in the draft's language: what the quick fix writes. */
  recorded: string;
}

type Shown = { meeting: string; written: string; recorded: string; source: string };
const messages = {
  date: {
    en: (p: Shown) => `The record has the ${p.meeting} on ${p.recorded}, not "${p.written}" (source: ${p.source})`,
    id: (p: Shown) => `Menurut data, ${p.meeting} diselenggarakan pada ${p.recorded}, bukan "${p.written}" (sumber: ${p.source})`,
  },
  place: {
    en: (p: Shown) => `The record has the ${p.meeting} in ${p.recorded}, not "${p.written}" (source: ${p.source})`,
    id: (p: Shown) => `Menurut data, ${p.meeting} diselenggarakan di ${p.recorded}, bukan "${p.written}" (sumber: ${p.source})`,
  },
  useRecorded: { en: (p: { value: string }) => `Use the recorded value: ${p.value}`, id: (p: { value: string }) => `Pakai nilai dalam data: ${p.value}` },
};

export const factContradictsData = defineRule<typeof messages, Found>({
  id: 'fact-contradicts-data',
  description: {
    en: 'A numbered meeting with a place or date in the same sentence that the record contradicts.',
    id: 'Pertemuan bernomor dengan tempat atau tanggal dalam kalimat yang sama yang bertentangan dengan data.',
  },
  defaultSeverity: 'warning',
  messages,
  run({ doc, index, scan, lang }, report) {
    if (!scan.hits.some((h) => h.ordinal !== undefined)) return;
    const text = maskNonProse(doc.getText());
    // The places a writer may name for a meeting: where the series of every meeting in the draft met, and the capitals.
    // Built only when a sentence names a place after a meeting: it reads the records of the series' meetings.
    let known: Set<string> | undefined;
    const knownPlaces = (): Set<string> => (known ??= placesOfDraft(scan, index));
    scan.hits.forEach((hit, i) => {
      const meeting = meetingOf(hit, index);
      if (!meeting) return;
      const sentence = sentenceAround(text, hit.start);
      const next = nextEvent(scan.hits, i, index, sentence.end);
      const to = Math.min(sentence.end, next ? next.start : text.length);
      const name = nameIn(meeting, lang);
      const source = sourceLabel(meeting, index, lang);
      const date = firstDate(text, hit.end, to);
      if (date && meeting.dates && wordsBetween(text, hit.end, date.start) <= MAX_GAP_WORDS && contradicts(date, meeting.dates)) {
        const written = doc.getText().slice(date.start, date.end);
        const recorded = formatDateRange(meeting.dates.start, meeting.dates.end, { lang: scan.lang });
        report(date.start, date.end, 'date', { meeting: name, written, recorded: formatDateRange(meeting.dates.start, meeting.dates.end, { lang }), source }, { fact: 'date', written, recorded });
      }
      const place = meeting.place && !meeting.place.virtual ? writtenPlace(text, hit, to, scan.hits, index, knownPlaces) : undefined;
      if (place && meeting.place && wordsBetween(text, hit.end, place.start) <= MAX_GAP_WORDS && !placeKeys(meeting.place).has(formKey(place.text))) {
        const written = doc.getText().slice(place.start, place.end);
        const recorded = textIn(meeting.place.city ?? meeting.place.province ?? meeting.place.country ?? meeting.place.venue, scan.lang);
        const shown = textIn(meeting.place.city ?? meeting.place.province ?? meeting.place.country ?? meeting.place.venue, lang);
        if (recorded && shown) report(place.start, place.end, 'place', { meeting: name, written, recorded: shown, source }, { fact: 'place', written, recorded });
      }
    });
  },
  fix({ doc, lang }, diagnostic) {
    const data = diagnostic.data;
    if (!data || typeof data.recorded !== 'string' || typeof data.written !== 'string') return [];
    // Only where the draft still says what was reported.
    if (doc.getText(diagnostic.range) !== data.written) return [];
    const action: CodeAction = {
      title: messages.useRecorded[lang]({ value: data.recorded }),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText: data.recorded }] } },
    };
    return [action];
  },
});

/** The one meeting a numbered reference names, when the record has it. */
function meetingOf(hit: Hit, index: EntityIndex): Entity | undefined {
  if (hit.ordinal === undefined || hit.candidates.length !== 1) return undefined;
  const top = hit.candidates[0];
  if (top.unknownOrdinal !== undefined || index.kindOf(top.id) !== 'meeting') return undefined;
  const e = index.byId.get(top.id);
  return e?.series ? e : undefined;
}

/** A reference to a meeting or a series: a place or date after it belongs to it, not to the one before. */
const namesEvent = (hit: Hit, index: EntityIndex): boolean =>
  hit.ordinal !== undefined || hit.candidates.some((c) => ['meeting', 'meeting-series', 'document', 'initiative'].includes(index.kindOf(c.id) ?? ''));

const wordsBetween = (text: string, from: number, to: number): number => (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The written date falls outside the recorded one, compared at the precision both give. */
function contradicts(written: WrittenDate, dates: NonNullable<Entity['dates']>): boolean {
  const first = dayBounds(dates.start)?.first;
  const last = dayBounds(dates.end ?? dates.start)?.last;
  if (!first || !last) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const recordPrecision = Math.min(precision(dates.start), precision(dates.end ?? dates.start));
  const p = Math.min(recordPrecision, written.day !== undefined ? 3 : written.month !== undefined ? 2 : 1);
  const cut = (iso: string) => iso.slice(0, p === 3 ? 10 : p === 2 ? 7 : 4);
  const w1 = [String(written.year), pad(written.month ?? 1), pad(written.day ?? 1)].join('-');
  const w2 = [String(written.year), pad(written.month ?? 12), pad(written.dayTo ?? written.day ?? 28)].join('-');
  // Overlap at that precision: any shared day (month, year) is no contradiction.
  return cut(w2) < cut(first) || cut(w1) > cut(last);
}

const precision = (iso: string): number => (iso.length >= 10 ? 3 : iso.length >= 7 ? 2 : 1);

/** Every way the record's place may be written: venue, city, province, country, in both languages. */
function placeKeys(place: Place): Set<string> {
  const keys = new Set<string>();
  for (const t of [place.venue, place.city, place.province, place.country]) {
    for (const s of typeof t === 'object' ? [t.en, t.id] : t ? [t] : []) {
      keys.add(formKey(s));
      // "Hotel Padma, Legian": each part is the place too.
      for (const part of s.split(/,\s*/)) keys.add(formKey(part));
    }
  }
  return keys;
}

/** ASEAN's capitals and its partners' where summits meet, in both languages: places a writer names for any meeting. */
const CAPITALS = [
  'Jakarta', 'Singapore', 'Singapura', 'Kuala Lumpur', 'Bangkok', 'Manila', 'Hanoi', 'Phnom Penh', 'Vientiane', 'Naypyidaw', 'Nay Pyi Taw',
  'Bandar Seri Begawan', 'Dili', 'Bali', 'Beijing', 'Tokyo', 'Seoul', 'Moscow', 'Moskow', 'New Delhi', 'Canberra', 'Washington', 'Sochi',
];

/** The places a writer may name for a meeting: where the series of every meeting in the draft met, and the capitals. */
function placesOfDraft(scan: DocumentScan, index: EntityIndex): Set<string> {
  const known = new Set(CAPITALS.map(formKey));
  for (const id of new Set(scan.hits.flatMap((h) => h.candidates.map((c) => index.byId.get(c.id)?.series ?? (index.kindOf(c.id) === 'meeting-series' ? c.id : ''))))) {
    if (id) addPlacesOf(id, index, known);
  }
  return known;
}

/** The next hit after hit i, before `limit` (its sentence's end), that names an event: the sentence's facts from there on are that event's. */
function nextEvent(hits: readonly Hit[], i: number, index: EntityIndex, limit: number): Hit | undefined {
  for (let k = i + 1; k < hits.length && hits[k].start < limit; k++) if (hits[k].start >= hits[i].end && namesEvent(hits[k], index)) return hits[k];
  return undefined;
}

/** Adds the cities, provinces and countries a series' meetings were held in. */
function addPlacesOf(seriesId: string, index: EntityIndex, keys: Set<string>): void {
  for (const id of index.instancesOf(seriesId)) {
    const p = index.byId.get(id)?.place;
    if (!p) continue;
    for (const t of [p.city, p.province, p.country]) for (const s of typeof t === 'object' ? [t.en, t.id] : t ? [t] : []) keys.add(formKey(s));
  }
}

/**
 * "di Jakarta", "in Singapore", "held at Bali": a place right after a preposition, read as a country the
 * data knows or a city where the series has met; anything else (a hotel, a street) is not judged.
 */
function writtenPlace(text: string, hit: Hit, to: number, hits: readonly Hit[], index: EntityIndex, seriesPlaces: () => Set<string>): { start: number; end: number; text: string } | undefined {
  const re = /(?:^|[^\p{L}])(?:di|in|at)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})/gu;
  re.lastIndex = 0;
  const slice = text.slice(hit.end, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = hit.end + m.index + m[0].length - m[1].length;
    const words = m[1].split(/\s/);
    // The longest run of the capitalised words that is a known place: "Phnom Penh", "Labuan Bajo".
    for (let n = words.length; n >= 1; n--) {
      const written = words.slice(0, n).join(' ');
      const end = start + written.length;
      const at = hits[firstFrom(hits, start, (h) => h.start)];
      const country = at?.start === start && at.end === end && at.candidates.some((c) => index.kindOf(c.id) === 'country');
      if (country || seriesPlaces().has(formKey(written))) return { start, end, text: written };
    }
    return undefined;
  }
  return undefined;
}

/** Where the record's date and place come from: the publisher, title and date of the source article, or the cited page. */
function sourceLabel(meeting: Entity, index: EntityIndex, lang: Lang): string {
  const backing = [...evidenceFor(meeting, 'dates'), ...evidenceFor(meeting, 'place')];
  // A cited page beats a quote of an article the data itself corrects (article 001's "14 November 2019").
  const ev = backing.find((e) => e.url) ?? backing[0] ?? meeting.sources[0];
  if (ev.source) {
    const meta = index.sources.get(ev.source)?.meta;
    if (meta) return `${meta.publisher}, ${formatDate(meta.published.date, { lang })}, "${meta.title}"`;
    return ev.source;
  }
  return [textIn(ev.publisher, lang), ev.published && formatDate(ev.published, { lang }), ev.title && `"${textIn(ev.title, lang)}"`, ev.url].filter(Boolean).join(', ');
}
