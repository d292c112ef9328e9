/** The writer's commands: the list of abbreviations written into the draft, and looking a reference up by name. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataDir } from '../../../server/src/data/load';
import { buildIndex } from '../../../server/src/index/build';
import { openDraft } from '../helpers/service';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const index = buildIndex(loadDataDir(path.join(ROOT, 'data')).dataset);

/** Runs "Insert list of abbreviations" on the text and applies the edit. */
function insertList(text: string): string {
  const { service, ctx, doc } = openDraft(index, text);
  const edit = service.abbreviationsEdit(ctx);
  return TextDocument.applyEdits(doc, edit.changes![doc.uri]);
}

describe('insert list of abbreviations', () => {
  it('an Indonesian draft gets "Daftar Singkatan" at its end: every acronym used, sorted, expanded in Indonesian', () => {
    const text = 'Pertemuan ke-16 ARSOM dibuka. Menko PMK membahas TPPO.\n';
    assert.equal(
      insertList(text),
      text +
        '\n<!-- asean-ref-abbreviations -->\n## Daftar Singkatan\n\n| Singkatan | Kepanjangan |\n| --- | --- |\n' +
        '| ARSOM | Pertemuan Pejabat Senior ASEAN-Rusia |\n| Menko PMK | Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan |\n| TPPO | Tindak Pidana Perdagangan Orang |\n' +
        '<!-- /asean-ref-abbreviations -->\n',
    );
  });

  it('running it again rewrites the table in place, with what the draft now uses, and adds no second one', () => {
    const once = insertList('The AOIP was discussed at length by the ministers.\n\nMore text follows.\n');
    const edited = once.replace('More text follows.', 'More text follows on the ARSOM.');
    const twice = insertList(edited);
    assert.equal(twice.split('<!-- asean-ref-abbreviations -->').length, 2);
    assert.match(twice, /## List of Abbreviations\n\n\| Abbreviation \| Expansion \|\n\| --- \| --- \|\n\| AOIP \| ASEAN Outlook on the Indo-Pacific \|\n\| ARSOM \| ASEAN-Russia Senior Officials' Meeting \|\n<!-- \/asean-ref-abbreviations -->\n$/);
    assert.equal(insertList(twice), twice);
  });

  it('a CRLF draft gets CRLF lines', () => {
    const out = insertList('The AOIP guides the work of the region.\r\n');
    assert.ok(out.endsWith('| AOIP | ASEAN Outlook on the Indo-Pacific |\r\n<!-- /asean-ref-abbreviations -->\r\n'), JSON.stringify(out));
    assert.ok(!/[^\r]\n/.test(out));
  });
});

describe('look up a reference (workspace symbols)', () => {
  const { service } = openDraft(index, '');

  it('an acronym, an Indonesian name or a typo finds the entity, ranked as completion ranks it', () => {
    assert.equal(service.workspaceSymbols('ARSOM', 'en')[0].name, 'ARSOM');
    assert.equal(service.workspaceSymbols('ARSOM', 'en')[0].containerName, "ASEAN-Russia Senior Officials' Meeting · Meeting series");
    assert.ok(service.workspaceSymbols('Pertemuan Pejabat Senior', 'id').some((s) => (s.data as { id: string }).id === 'arsom'));
    assert.ok(service.workspaceSymbols('Outlok Indo-Pacific', 'en').some((s) => (s.data as { id: string }).id === 'aoip'));
  });

  it('each symbol opens its source: a passage of a shipped article, or the page a cited-only entity cites', () => {
    const [arsom] = service.workspaceSymbols('ARSOM', 'en');
    assert.match(arsom.location.uri, /^file:.*baliekbis-2019-02-arsom\.md$/);
    assert.ok('range' in arsom.location);
    for (const s of service.workspaceSymbols('ASEAN', 'en')) assert.match(s.location.uri, /^(file:|https:)/);
  });

  it('an empty query lists nothing, and a query of nonsense finds nothing', () => {
    assert.deepEqual(service.workspaceSymbols('  ', 'en'), []);
    assert.deepEqual(service.workspaceSymbols('qqqzzzxxx', 'en'), []);
  });
});

describe('insert citation', () => {
  /** Runs "Insert citation" with the cursor at the `|` and applies the edit. */
  function cite(draft: string): string {
    const at = draft.indexOf('|');
    const text = draft.slice(0, at) + draft.slice(at + 1);
    const { service, ctx, doc } = openDraft(index, text);
    const edit = service.citationEdit(ctx, doc.positionAt(at));
    assert.ok(edit, 'a citation is offered');
    return TextDocument.applyEdits(doc, edit.changes![doc.uri]);
  }

  it('on ARSOM, a footnote after the reference, and its definition with publisher, date, title and the quote at the end', () => {
    const out = cite('Delegasi menghadiri ARS|OM di Bali.\n');
    const [body, , note] = out.split('\n');
    assert.equal(body, 'Delegasi menghadiri ARSOM[^baliekbis-2019-02-arsom] di Bali.');
    assert.match(note, /^\[\^baliekbis-2019-02-arsom\]: Baliekbis\.com, Februari 2019, "Dihadiri 10 Negara, Pertemuan ke-16 ARSOM Bahas Kejahatan Lintas Batas Negara"\. Kutipan: ".+"\.$/);
  });

  it('a second reference to the same source reuses its footnote; a cited-only entity cites its page', () => {
    const once = cite('The ARS|OM met. Later the ARSOM met again.\n');
    const second = once.indexOf('ARSOM', once.indexOf('Later'));
    const twice = cite(once.slice(0, second + 2) + '|' + once.slice(second + 2));
    assert.equal(twice.match(/^\[\^baliekbis-2019-02-arsom\]:/gm)?.length, 1);
    assert.match(twice, /Later the ARSOM\[\^baliekbis-2019-02-arsom\] met again/);
    const cited = cite('The 47th ASEAN Sum|mit was held in Kuala Lumpur.\n');
    assert.match(cited, /\]: .+ <https:\/\/[^>]+>\n$/);
  });

  it('nothing to cite where no reference is under the cursor', () => {
    const { service, ctx } = openDraft(index, 'Tidak ada rujukan di sini.');
    assert.equal(service.citationEdit(ctx, { line: 0, character: 3 }), null);
  });
});
