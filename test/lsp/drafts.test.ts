/**
 * A writer's Markdown drafts (test/fixtures/drafts) against the built server and the shipped data:
 * hover cards, completions, Go to Definition, and what must get no answer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SemanticTokensRequest } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import type { Entity } from '../../server/src/data/dataset';
import { fileUri, hoverText, LspClient, PACKAGE_ROOT, positionOf, ROOT } from './helpers/client';
import { byAcronym, byName, meeting, sourceFilesOf } from './helpers/data';

const DRAFTS = path.join(ROOT, 'test', 'fixtures', 'drafts');
const ID_FILE = path.join(DRAFTS, 'laporan-id.md');
const EN_FILE = path.join(DRAFTS, 'report-en.md');
const ID_URI = fileUri(ID_FILE);
const EN_URI = fileUri(EN_FILE);
const idText = readFileSync(ID_FILE, 'utf8');
const enText = readFileSync(EN_FILE, 'utf8');

/** The card names the entity (in either language) and links at least one of its source articles. */
function assertCard(markdown: string, entity: Entity, sourcesLabel: string): void {
  const names = [entity.name.en, entity.name.id].filter((n): n is string => !!n);
  assert.ok(names.some((n) => markdown.includes(n)), `the card does not name ${entity.id} (${names.join(' / ')}):\n${markdown}`);
  assert.ok(markdown.includes(`**${sourcesLabel}**`), `the card has no ${sourcesLabel} section:\n${markdown}`);
  const links = sourceFilesOf(entity).map((f) => URI.file(f).toString());
  assert.ok(links.some((l) => markdown.includes(l)), `the card links none of ${entity.id}'s sources:\n${markdown}`);
}

function rangeText(file: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

describe('writing a Markdown draft', function () {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ folders: [DRAFTS] });
    await client.open(ID_URI, idText);
    await client.open(EN_URI, enText);
  });

  after(async () => {
    const code = await client?.stop();
    assert.equal(code, 0, `the server exited with ${code}:\n${client.stderr}`);
  });

  describe('hover cards', () => {
    it('hovering AOIP in an Indonesian draft shows the ASEAN Outlook on the Indo-Pacific card with its sources', async () => {
      const h = await client.hover(ID_URI, positionOf(idText, 'terhadap AOIP', 'terhadap '.length + 1));
      assertCard(hoverText(h), byAcronym('AOIP'), 'Sumber');
      assert.deepEqual(h?.range, { start: positionOf(idText, 'AOIP', 0, 2), end: positionOf(idText, 'AOIP', 4, 2) });
    });

    it('hovering ARSOM in an Indonesian draft shows the ASEAN-Russia SOM card with its sources', async () => {
      const h = await client.hover(ID_URI, positionOf(idText, 'menghadiri ARSOM', 'menghadiri AR'.length));
      assertCard(hoverText(h), byAcronym('ARSOM'), 'Sumber');
    });

    it('hovering "Pertemuan ke-16 ARSOM" shows the 16th ARSOM card', async () => {
      const h = await client.hover(ID_URI, positionOf(idText, 'Pertemuan ke-16 ARSOM', 'Pertemuan ke-1'.length));
      assertCard(hoverText(h), meeting('ARSOM', 16), 'Sumber');
    });

    it('hovering "KTT ASEAN ke-42" shows the 42nd ASEAN Summit card', async () => {
      const h = await client.hover(ID_URI, positionOf(idText, 'Menjelang KTT ASEAN ke-42', 'Menjelang KTT AS'.length));
      assertCard(hoverText(h), meeting('ASEAN Summit', 42), 'Sumber');
    });

    it('hovering Kao Kim Hourn shows the Secretary-General card with its sources', async () => {
      const h = await client.hover(ID_URI, positionOf(idText, 'Kao Kim Hourn', 'Kao Ki'.length));
      assertCard(hoverText(h), byName('Kao Kim Hourn'), 'Sumber');
    });

    it('hovering ARSOM in an English draft shows the card in English', async () => {
      const h = await client.hover(EN_URI, positionOf(enText, 'attended ARSOM', 'attended A'.length));
      const text = hoverText(h);
      assertCard(text, byAcronym('ARSOM'), 'Sources');
      assert.ok(text.includes(byAcronym('ARSOM').name.en), text);
    });

    it('hovering "KTT ASEAN ke-42" quoted in an English draft shows the 42nd ASEAN Summit', async () => {
      const h = await client.hover(EN_URI, positionOf(enText, '"KTT ASEAN ke-42"', 5));
      assertCard(hoverText(h), meeting('ASEAN Summit', 42), 'Sources');
    });

    it('hovering a plain word shows nothing', async () => {
      assert.equal(await client.hover(ID_URI, positionOf(idText, 'seperti pertemuan', 'seperti per'.length)), null);
      assert.equal(await client.hover(EN_URI, positionOf(enText, 'such as meeting', 'such as me'.length)), null);
    });

    it('ARSOM inside inline code, a fenced code block, a link destination or the front matter gets no card', async () => {
      const places: [string, number][] = [
        ['grep ARSOM', 'grep AR'.length],
        ['ARSOM dalam blok kode', 2],
        ['arsip/ARSOM-2019', 'arsip/AR'.length],
        ['Catatan ARSOM dan AOIP', 'Catatan AR'.length],
        ['Catatan ARSOM dan AOIP', 'Catatan ARSOM dan AO'.length],
      ];
      for (const [needle, offset] of places) {
        const at = positionOf(idText, needle, offset);
        assert.equal(await client.hover(ID_URI, at), null, `hover in "${needle}"`);
        assert.deepEqual(await client.definition(ID_URI, at), [], `definition in "${needle}"`);
      }
      // The same acronym in the fence's second line, and after the fence, in prose again.
      assert.equal(await client.hover(ID_URI, positionOf(idText, 'KTT ASEAN ke-42\n```', 2)), null);
      assert.notEqual(await client.hover(ID_URI, positionOf(idText, 'Ringkasan: ARSOM', 'Ringkasan: AR'.length)), null);
    });

    it('the link text of a Markdown link is still prose', async () => {
      assert.equal(await client.hover(EN_URI, positionOf(enText, '[meeting archive]', 3)), null);
      assert.equal(await client.hover(EN_URI, positionOf(enText, 'archive/ARSOM-2019', 'archive/AR'.length)), null);
    });
  });

  describe('completions', () => {
    it('typing "ARS" offers ARSOM first', async () => {
      const uri = 'untitled:Untitled-ars';
      const text = 'Delegasi Indonesia menghadiri ARS';
      await client.open(uri, text);
      const items = await client.completion(uri, { line: 0, character: text.length });
      assert.ok(items.length > 0, 'no completions');
      assert.equal(items[0].label, 'ARSOM', `first items: ${items.slice(0, 5).map((i) => i.label).join(', ')}`);
      await client.close(uri);
    });

    it('typing "KTT ASEAN ke-4" offers the 42nd Summit', async () => {
      const uri = 'untitled:Untitled-ktt';
      const text = 'Presiden Joko Widodo membuka KTT ASEAN ke-4';
      await client.open(uri, text);
      const items = await client.completion(uri, { line: 0, character: text.length });
      const summit = meeting('ASEAN Summit', 42);
      const item = items.find((i) => (i.data as { id?: string } | undefined)?.id === summit.id);
      assert.ok(item, `no item for ${summit.id}: ${items.map((i) => i.label).join(', ')}`);
      assert.match(String(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText ?? item.label), /42/);
      const resolved = await client.resolve(item);
      const doc = resolved.documentation;
      assert.ok(doc && typeof doc !== 'string' && doc.value.includes('42'), 'the resolved item has no card');
      await client.close(uri);
    });
  });

  describe('Go to Definition', () => {
    it('Go to Definition on ARSOM opens an ARSOM article at a passage that names ARSOM', async () => {
      const locations = await client.definition(ID_URI, positionOf(idText, 'menghadiri ARSOM', 'menghadiri AR'.length));
      assert.ok(locations.length > 0, 'no locations');
      for (const loc of locations) {
        const file = URI.parse(loc.uri).fsPath;
        assert.equal(path.dirname(file), path.join(PACKAGE_ROOT, 'data', 'sources'), loc.uri);
        assert.match(file, /\.md$/);
      }
      assert.ok(
        locations.some((loc) => rangeText(URI.parse(loc.uri).fsPath, loc.range).includes('ARSOM')),
        `no location's text names ARSOM: ${locations.map((l) => rangeText(URI.parse(l.uri).fsPath, l.range)).join(' | ')}`,
      );
    });

    it('Go to Definition on a plain word finds nothing', async () => {
      assert.deepEqual(await client.definition(ID_URI, positionOf(idText, 'seperti pertemuan', 'seperti per'.length)), []);
    });
  });

  describe('robustness', () => {
    it('positions past the end of a document get empty answers, and the server still answers afterwards', async () => {
      const lastLine = idText.split('\n').length;
      const outside = [
        { line: lastLine + 100, character: 0 },
        { line: 0, character: 10_000 },
        { line: lastLine - 1, character: 500 },
        { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      ];
      for (const at of outside) {
        assert.equal(await client.hover(ID_URI, at), null, `hover at ${JSON.stringify(at)}`);
        assert.deepEqual(await client.definition(ID_URI, at), [], `definition at ${JSON.stringify(at)}`);
        assert.deepEqual(await client.completion(ID_URI, at), [], `completion at ${JSON.stringify(at)}`);
      }
      assert.ok(client.running);
      assert.notEqual(await client.hover(ID_URI, positionOf(idText, 'terhadap AOIP', 'terhadap A'.length)), null);
    });

    it('requests for a document that was never opened get empty answers', async () => {
      const uri = fileUri(path.join(DRAFTS, 'never-opened.md'));
      assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
      assert.deepEqual(await client.definition(uri, { line: 0, character: 0 }), []);
      assert.deepEqual(await client.completion(uri, { line: 0, character: 0 }), []);
    });

    it('a completion item the server never made resolves to itself', async () => {
      const item = { label: 'ARSOM', data: { id: 'no-such-entity', lang: 'xx' } };
      assert.deepEqual(await client.resolve(item), item);
    });

    it('typing before a reference moves its card with it (incremental edits)', async () => {
      const uri = 'untitled:Untitled-edit';
      const text = 'Dukungan terhadap AOIP.';
      await client.open(uri, text);
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Catatan:\nIndonesia: ' }]);
      const h = await client.hover(uri, { line: 1, character: 'Indonesia: Dukungan terhadap AO'.length });
      assert.ok(hoverText(h).includes(byAcronym('AOIP').name.en), hoverText(h));
      assert.deepEqual(h?.range?.start, { line: 1, character: 'Indonesia: Dukungan terhadap '.length });
      assert.equal(await client.hover(uri, { line: 0, character: 'Dukungan terhadap AO'.length }), null);
      await client.close(uri);
    });
  });

  describe('highlighting (semantic tokens)', () => {
    it('the server offers semantic tokens, and colours the references of the Indonesian draft where they stand', async () => {
      const legend = client.initializeResult?.capabilities.semanticTokensProvider?.legend;
      assert.deepEqual(legend?.tokenTypes, ['aseanAcronym', 'aseanMeeting', 'aseanName']);
      const data = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: ID_URI } }))?.data ?? [];
      assert.ok(data.length > 0 && data.length % 5 === 0, `${data.length} numbers`);
      const lines = idText.split('\n');
      const tokens: string[] = [];
      for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        tokens.push(`${legend?.tokenTypes[data[i + 3]]}: ${lines[line].slice(char, char + data[i + 2])}`);
      }
      assert.ok(tokens.includes('aseanAcronym: AOIP'), tokens.join('\n'));
      assert.ok(tokens.includes('aseanAcronym: ARSOM'), tokens.join('\n'));
    });
  });

  describe('preview tooltips', () => {
    it("the server names each reference of the draft as the hover card does, in the draft's language", async () => {
      const terms: { text: string; title: string }[] = await client.connection.sendRequest('aseanRef/previewTerms', { uri: ID_URI });
      const arsom = byAcronym('ARSOM');
      const title = terms.find((t) => t.text === 'ARSOM')?.title ?? '';
      assert.ok(title.includes(arsom.name.id ?? arsom.name.en), `ARSOM: ${title}`);
      assert.ok(terms.every((t) => idText.replace(/\s+/g, ' ').includes(t.text)), 'every term is written in the draft');
      assert.equal(new Set(terms.map((t) => t.text)).size, terms.length, 'each term once');
    });

    it('a document that is not open has no terms', async () => {
      assert.deepEqual(await client.connection.sendRequest('aseanRef/previewTerms', { uri: fileUri(path.join(DRAFTS, 'never-opened.md')) }), []);
    });
  });
});
