/**
 * What the Markdown preview's tooltips say: each reference written in the draft (as written, spaces
 * made single) with the name it stands for in the card language, "ASEAN-Russia Senior Officials' Meeting
 * (ARSOM)". Read from the scan the server keeps, so the preview names what the hover card names;
 * an ambiguous reference lists its readings. The client's markdown-it plugin puts them in `<abbr title>`.
 */
import { refTitle } from '../format/names';
import type { RequestContext } from './request';

export const PREVIEW_TERMS_REQUEST = 'aseanRef/previewTerms';

export interface PreviewTerm {
  /** The reference as written in the draft, with every run of white space as one space. */
  text: string;
  /** Plain text (the client escapes it): what it stands for. */
  title: string;
}

/** At most this many readings of an ambiguous reference in one tooltip. */
const MAX_READINGS = 3;
/** A draft's tooltips are capped like its diagnostics: the preview of a huge file stays light. */
const MAX_TERMS = 2000;

export function previewTerms(ctx: RequestContext): PreviewTerm[] {
  const { scan, index, cardLang: lang } = ctx;
  const text = ctx.doc.getText();
  const terms = new Map<string, string>();
  for (const hit of scan.hits) {
    if (terms.size >= MAX_TERMS) break;
    const written = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
    if (terms.has(written) || hit.candidates.length === 0) continue;
    const titles = [...new Set(hit.candidates.slice(0, MAX_READINGS).map((c) => refTitle(c.id, index, lang)))];
    const title = titles.join(' / ');
    if (title && title !== written) terms.set(written, title);
  }
  return [...terms].map(([t, title]) => ({ text: t, title }));
}
