/**
 * Hover and Go to Definition over the writers' drafts (test/fixtures/drafts) with loaded data:
 * the checked-in fixture always, the curated `data/` once it has entities.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { loadDataDir } from '../../../server/src/data/load';
import { escapeMarkdown } from '../../../server/src/format/escape';
import { titleIn } from '../../../server/src/format/names';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';
import { openDocument, openDraft } from '../helpers/service';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIRS = [path.join(ROOT, 'test', 'fixtures', 'data', 'shipped', 'data'), path.join(ROOT, 'data')];
const DRAFTS = path.join(ROOT, 'test', 'fixtures', 'drafts');
const hasEntities = (dir: string) => existsSync(path.join(dir, 'entities')) && readdirSync(path.join(dir, 'entities')).some((f) => f.endsWith('.json'));

function draft(name: string): TextDocument {
  const file = path.join(DRAFTS, name);
  return TextDocument.create(URI.file(file).toString(), 'markdown', 1, readFileSync(file, 'utf8'));
}

/** The text a location covers, first line only. */
function firstLineAt(uri: string, range: { start: { line: number; character: number } }): string {
  return readFileSync(URI.parse(uri).fsPath, 'utf8').split(/\r?\n/)[range.start.line].slice(range.start.character);
}

for (const dir of DIRS) {
  describe(`hovering the drafts with the data in ${path.relative(ROOT, dir)}`, function () {
    let index: EntityIndex;
    before(function () {
      assert.ok(hasEntities(dir) && existsSync(DRAFTS), `no entities in ${dir}, or no drafts in ${DRAFTS}`);
      index = buildIndex(loadDataDir(dir).dataset);
    });

    for (const name of existsSync(DRAFTS) ? readdirSync(DRAFTS).filter((f) => f.endsWith('.md')) : []) {
      it(`hovering each reference in ${name} shows its best reading's card, and Go to Definition opens its quotes`, () => {
        const { service, doc, ctx } = openDocument(index, draft(name));
        const { scan } = ctx;
        const lang = scan.lang;
        for (const hit of scan.hits) {
          const at = doc.positionAt(hit.start);
          const h = service.hover(ctx, at);
          const top = index.byId.get(hit.candidates[0].id)!;
          const value = (h?.contents as { value: string } | undefined)?.value ?? '';
          assert.ok(value.includes(escapeMarkdown(titleIn(top, lang))), `${doc.getText().slice(hit.start, hit.end)}: ${value}`);
          assert.ok(value.includes(lang === 'id' ? '**Sumber**' : '**Sources**'), value);
          for (const loc of service.definition(ctx, at)) {
            const quotes = [top, ...(top.series ? [index.byId.get(top.series)!] : [])].flatMap((e) => e.sources.flatMap((s) => (s.quote ? [s.quote.split('\n')[0]] : [])));
            assert.ok(quotes.some((q) => firstLineAt(loc.uri, loc.range).startsWith(q)), `${top.id}: ${JSON.stringify(loc)}`);
          }
        }
      });
    }

    it('hovering ARSOM in the Indonesian draft shows the ASEAN-Russia SOM card with its sources', function () {
      const { service, doc, ctx } = openDocument(index, draft('laporan-id.md'));
      const at = doc.getText().indexOf('menghadiri ARSOM') + 'menghadiri AR'.length;
      const h = service.hover(ctx, doc.positionAt(at));
      const value = (h?.contents as { value: string } | undefined)?.value ?? '';
      assert.ok(value.startsWith('**Pertemuan Pejabat Senior ASEAN-Rusia \\(ARSOM\\)**'), value);
      assert.match(value, /\]\(file:\/\/\/[^)]+\.md#L\d+,\d+\)/);
    });
  });
}

describe('hovering officials with the curated data', function () {
  let index: EntityIndex;
  before(function () {
    const dir = path.join(ROOT, 'data');
    assert.ok(hasEntities(dir), `no entities in ${dir}`);
    index = buildIndex(loadDataDir(dir).dataset);
    assert.ok(index.byId.has('joko-kusnanto-anggoro') && index.byId.has('soc-com-20'), 'the curated data has no joko-kusnanto-anggoro or soc-com-20');
  });

  function hoverName(text: string, name: string): string {
    const { service, doc, ctx } = openDraft(index, text);
    const h = service.hover(ctx, doc.positionAt(text.indexOf(name) + 1));
    return (h?.contents as { value: string } | undefined)?.value ?? '';
  }

  it('hovering Joko Kusnanto Anggoro near "SOC-COM ke-20" shows the title he held at that July 2024 meeting', () => {
    const v = hoverName('Pada SOC-COM ke-20, delegasi Indonesia dipimpin Joko Kusnanto Anggoro.', 'Joko');
    assert.ok(v.includes('- **Jabatan pada Juli 2024:** Staf Khusus Bidang Kerja Sama Luar Negeri Kemenko PMK\n'), v);
  });

  it('hovering Joko Kusnanto Anggoro near "ASCC ke-29" shows his 2023 title on the day of that meeting', () => {
    const v = hoverName('Sidang ASCC ke-29 dihadiri Joko Kusnanto Anggoro.', 'Joko');
    assert.ok(v.includes('- **Jabatan pada 8 Mei 2023:** Staf Khusus Menko PMK Bidang Kerja Sama Internasional'), v);
    const roleLines = v.split('\n').filter((l) => l.startsWith('- **Jabatan'));
    assert.equal(roleLines.length, 1, v);
    assert.ok(!roleLines[0].includes('Luar Negeri'), roleLines[0]);
  });

  it('hovering him with no meeting in the text lists both titles with the dates they were seen', () => {
    const v = hoverName('Joko Kusnanto Anggoro adalah staf khusus.', 'Joko');
    assert.ok(v.includes('tercatat 8 Mei 2023') && v.includes('tercatat Jul 2024'), v);
  });
});
