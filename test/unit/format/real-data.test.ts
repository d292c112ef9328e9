/**
 * Cards over loaded data: the checked-in fixture always, and the curated `data/` once it has
 * entities. Every link a card shows must open the article at the very passage it quotes.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { Entity } from '../../../server/src/data/dataset';
import { loadDataDir } from '../../../server/src/data/load';
import { buildCard } from '../../../server/src/format/card';
import { renderCardMarkdown, sourceLink } from '../../../server/src/format/markdown';
import { renderCardText } from '../../../server/src/format/text';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIRS = [path.join(ROOT, 'test', 'fixtures', 'data', 'shipped', 'data'), path.join(ROOT, 'data')];
const hasEntities = (dir: string) => existsSync(path.join(dir, 'entities')) && readdirSync(path.join(dir, 'entities')).some((f) => f.endsWith('.json'));

/** The text at a 1-based line and column of a file, from there to the end of that line. */
function textAt(file: string, line: number, column: number): string {
  return readFileSync(file, 'utf8').split(/\r?\n/)[line - 1]?.slice(column - 1) ?? '';
}

for (const dir of DIRS) {
  describe(`cards over the data in ${path.relative(ROOT, dir)}`, function () {
    let index: EntityIndex;
    let entities: Entity[];
    before(function () {
      assert.ok(hasEntities(dir), `no entities in ${dir}`);
      const { dataset } = loadDataDir(dir);
      entities = dataset.entities;
      index = buildIndex(dataset);
    });

    it('every card links each quote to the line and column where the article says it', () => {
      let links = 0;
      for (const entity of entities) {
        const card = buildCard(entity, index, { lang: 'id' });
        const markdown = renderCardMarkdown(entity, index, { lang: 'id' });
        const passages = [...card.sources, ...card.notes.flatMap((n) => (n.source ? [n.source] : []))].flatMap((s) => s.passages);
        for (const p of passages) {
          assert.ok(p.location, `${entity.id}: "${p.quote}" was not found in its article`);
          const link = sourceLink(p.location);
          assert.ok(markdown.includes(`](${link})`), `${entity.id}: no link ${link}`);
          const [, line, column] = /#L(\d+),(\d+)$/.exec(link)!;
          const shown = textAt(URI.parse(link).fsPath, Number(line), Number(column));
          assert.ok(shown.startsWith(p.quote.split('\n')[0]), `${entity.id}: ${link} shows "${shown}", not "${p.quote}"`);
          links++;
        }
      }
      assert.ok(links > 0);
    });

    it('every entity has a card in both languages and as plain text, each citing a source', () => {
      for (const entity of entities) {
        for (const lang of ['id', 'en'] as const) {
          const markdown = renderCardMarkdown(entity, index, { lang });
          assert.ok(markdown.includes(lang === 'id' ? '**Sumber**' : '**Sources**'), `${entity.id} (${lang})`);
          const text = renderCardText(entity, index, { lang });
          assert.ok(!text.includes('\x1b') && !text.includes('**'), `${entity.id} (${lang}) text`);
        }
      }
    });

    it('looking up ARSOM shows its meetings and where each fact comes from', function () {
      const arsom = entities.find((e) => e.kind === 'meeting-series' && e.acronyms?.includes('ARSOM'));
      assert.ok(arsom, 'the curated data has no ARSOM');
      const card = buildCard(arsom, index, { lang: 'id' });
      assert.ok(card.title.endsWith('(ARSOM)'), card.title);
      const meetings = card.lists.find((l) => l.label === 'Pertemuan');
      assert.equal(meetings?.items.length, Math.min(10, index.instancesOf(arsom.id).length), JSON.stringify(card.lists));
      assert.ok(card.sources.every((s) => s.publisher && s.passages.every((p) => p.location)), JSON.stringify(card.sources));
    });
  });
}
