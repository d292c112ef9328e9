/**
 * Every fixed word a card shows, in Indonesian and English, in one place so a
 * later localisation pass (or a third language) touches only this file.
 */
import type { Entity, EntityKind, Lang } from '../data/dataset';

type Pair = Record<Lang, string>;
type RelationType = NonNullable<Entity['related']>[number]['type'];

export const KIND_LABELS: Record<EntityKind, Pair> = {
  'meeting-series': { en: 'Meeting series', id: 'Rangkaian pertemuan' },
  meeting: { en: 'Meeting', id: 'Pertemuan' },
  person: { en: 'Person', id: 'Tokoh' },
  organization: { en: 'Organisation', id: 'Organisasi' },
  country: { en: 'Country', id: 'Negara' },
  partnership: { en: 'Partnership', id: 'Kemitraan' },
  document: { en: 'Document', id: 'Dokumen' },
  initiative: { en: 'Initiative', id: 'Inisiatif' },
  term: { en: 'Term', id: 'Istilah' },
};

export const FIELD_LABELS = {
  dates: { en: 'Dates', id: 'Tanggal' },
  place: { en: 'Place', id: 'Tempat' },
  chair: { en: 'Chair', id: 'Ketua' },
  chairs: { en: 'Chairs', id: 'Ketua' },
  host: { en: 'Host', id: 'Tuan rumah' },
  participants: { en: 'Participants', id: 'Peserta' },
  series: { en: 'Series', id: 'Rangkaian' },
  meetings: { en: 'Meetings', id: 'Pertemuan' },
  otherMeetings: { en: 'Other meetings in the series', id: 'Pertemuan lain dalam rangkaian ini' },
  roles: { en: 'Roles', id: 'Jabatan' },
  related: { en: 'Related', id: 'Terkait' },
  notes: { en: 'Curator notes', id: 'Catatan kurator' },
  sources: { en: 'Sources', id: 'Sumber' },
  source: { en: 'source', id: 'sumber' },
  open: { en: 'open', id: 'buka' },
  virtual: { en: 'online', id: 'daring' },
  inferred: { en: 'date inferred', id: 'tanggal disimpulkan' },
  seen: { en: 'seen', id: 'tercatat' },
  since: { en: 'since', id: 'sejak' },
  until: { en: 'until', id: 'hingga' },
  verified: { en: 'verified in a shipped article', id: 'terverifikasi di artikel terlampir' },
  cited: { en: 'cited', id: 'dirujuk' },
  consulted: { en: 'consulted', id: 'diakses' },
  page: { en: 'web page', id: 'halaman web' },
} satisfies Record<string, Pair>;

export type FieldLabel = keyof typeof FIELD_LABELS;

/**
 * "Indonesian: …" on an English card, "Bahasa Inggris: …" on an Indonesian one: names the other language
 * ("Inggris:" alone reads as "England:").
 */
export const LANGUAGE_NAMES: Record<Lang, Pair> = {
  en: { en: 'English', id: 'Bahasa Inggris' },
  id: { en: 'Indonesian', id: 'Bahasa Indonesia' },
};

/** How this entity points at another (its own `related`). */
export const RELATION_OUT: Record<RelationType, Pair> = {
  'part-of': { en: 'Part of', id: 'Bagian dari' },
  'member-of': { en: 'Member of', id: 'Anggota' },
  'observer-of': { en: 'Observer of', id: 'Pengamat di' },
  'dialogue-partner-of': { en: 'Dialogue partner of', id: 'Mitra wicara' },
  'organized-by': { en: 'Organised by', id: 'Diselenggarakan oleh' },
  'adopted-at': { en: 'Adopted at', id: 'Diadopsi pada' },
  implements: { en: 'Implements', id: 'Melaksanakan' },
  'related-to': { en: 'Related to', id: 'Terkait dengan' },
};

/** How other entities point at this one (index.referrers), seen from here. */
export const RELATION_IN: Record<string, Pair> = {
  'part-of': { en: 'Includes', id: 'Mencakup' },
  'member-of': { en: 'Members', id: 'Anggota' },
  'observer-of': { en: 'Observers', id: 'Pengamat' },
  'dialogue-partner-of': { en: 'Dialogue partners', id: 'Mitra wicara' },
  'organized-by': { en: 'Organises', id: 'Menyelenggarakan' },
  'adopted-at': { en: 'Adopted here', id: 'Diadopsi di sini' },
  implements: { en: 'Implemented by', id: 'Dilaksanakan oleh' },
  'related-to': { en: 'Related to', id: 'Terkait dengan' },
  chair: { en: 'Chaired', id: 'Memimpin' },
  host: { en: 'Hosted', id: 'Tuan rumah' },
  participant: { en: 'Took part in', id: 'Mengikuti' },
  role: { en: 'People with roles here', id: 'Pejabat' },
};

export const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};

export const MONTHS_SHORT: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

export function label(name: FieldLabel, lang: Lang): string {
  return FIELD_LABELS[name][lang];
}

/** "16th" / "ke-16". */
export function ordinalLabel(n: number, lang: Lang): string {
  if (lang === 'id') return `ke-${n}`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "16th ARSOM" / "ARSOM ke-16": where each language puts the ordinal. */
export function ordinalName(n: number, name: string, lang: Lang): string {
  return lang === 'id' ? `${name} ${ordinalLabel(n, lang)}` : `${ordinalLabel(n, lang)} ${name}`;
}

export function roleOnLabel(date: string, lang: Lang): string {
  return lang === 'id' ? `Jabatan pada ${date}` : `Role on ${date}`;
}

/** When the role was only seen in the meeting's month, the card says so instead of naming the meeting's day. */
export function roleSeenLabel(date: string, lang: Lang): string {
  return lang === 'id' ? `Jabatan tercatat ${date}` : `Role as seen in ${date}`;
}

export function moreLabel(count: number, lang: Lang): string {
  return lang === 'id' ? `… dan ${count} lainnya` : `… and ${count} more`;
}

export function earlierLabel(count: number, lang: Lang): string {
  return lang === 'id' ? `… dan ${count} pertemuan sebelumnya` : `… and ${count} earlier meetings`;
}

/** Said above a card when the draft names an ordinal the record does not hold. */
export function unknownOrdinalNotice(missing: string, lang: Lang): string {
  return lang === 'id' ? `Data tidak memuat ${missing}; yang ditampilkan adalah rangkaiannya.` : `The record has no ${missing}; showing the series.`;
}

/** Said above the candidates of an ambiguous reference. */
export function ambiguousNotice(count: number, lang: Lang): string {
  return lang === 'id'
    ? `Rujukan ini bisa berarti salah satu dari ${count} entri; yang paling mungkin lebih dulu.`
    : `This may refer to any of ${count} entries, most likely first.`;
}

export function sourceMissingLabel(id: string, lang: Lang): string {
  return lang === 'id' ? `sumber ${id} tidak ditemukan` : `source ${id} not found`;
}
