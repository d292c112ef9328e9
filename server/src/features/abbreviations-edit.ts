/**
 * "Insert list of abbreviations": the draft's abbreviations as a Markdown table in the draft's own
 * language, between marker comments, so running it again rewrites that table in place instead of
 * adding a second one. Returns the workspace edit; the client applies it.
 */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Lang } from '../data/dataset';
import { glossaryMarkdown } from '../format/glossary';
import { glossary } from './glossary';
import { requestContext, type RequestContext } from './request';

const ABBREVIATIONS_START = '<!-- asean-ref-abbreviations -->';
const ABBREVIATIONS_END = '<!-- /asean-ref-abbreviations -->';
const TITLE: Record<Lang, string> = { id: 'Daftar Singkatan', en: 'List of Abbreviations' };

export function abbreviationsEdit(ctx: RequestContext): WorkspaceEdit {
  const { doc } = ctx;
  const text = doc.getText();
  const start = text.indexOf(ABBREVIATIONS_START);
  const end = start < 0 ? -1 : text.indexOf(ABBREVIATIONS_END, start);
  // The table's own expansions ("ASEAN Outlook on the Indo-Pacific") are not uses of ASEAN.
  const scan = end < 0 ? ctx.scan : { ...ctx.scan, hits: ctx.scan.hits.filter((h) => h.end <= start || h.start >= end) };
  // The expansions are written into the draft: in its own language, whatever language the cards are in.
  const rows = glossary(requestContext({ ...ctx, scan, settings: { ...ctx.settings, cardLanguage: scan.lang } }));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const table = rows.length ? glossaryMarkdown(rows, scan.lang) : '';
  const block = [ABBREVIATIONS_START, `## ${TITLE[scan.lang]}`, '', ...table.trimEnd().split('\n'), ABBREVIATIONS_END].join(eol);
  let edit: TextEdit;
  if (start >= 0 && end >= 0) {
    edit = { range: { start: doc.positionAt(start), end: doc.positionAt(end + ABBREVIATIONS_END.length) }, newText: block };
  } else {
    const lead = text.length === 0 ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    const at = doc.positionAt(text.length);
    edit = { range: { start: at, end: at }, newText: `${lead}${block}${eol}` };
  }
  return { changes: { [doc.uri]: [edit] } };
}
