// The same language server in a second, real LSP client: headless Neovim with its built-in client.
// Shows the server makes no VS Code-only assumptions (e.g. no `command:` links in hovers).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quotedPassages } from '../e2e/harness/data';
import { product, requireFile, resultsDir, root, tools } from '../e2e/harness/tools';
import { copyWorkspace } from '../e2e/harness/workspace';
import { drafts } from '../e2e/fixtures/drafts';
import { assertArsomCard, vscodeOnlyLink } from '../e2e/fixtures/expectations';

interface Probe {
  nvim: string;
  failure?: string;
  server_exit?: unknown;
  log?: string[];
  capabilities?: { hover: boolean; definition: boolean; completion: boolean };
  requests: { method: string; word: string; error?: string; result?: unknown }[];
}

interface Location {
  uri?: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  targetUri?: string;
  targetSelectionRange?: { start: { line: number; character: number } };
}

function probe(draftFile: string, workspace: string, name: string): Probe {
  const artifacts = path.join(resultsDir, 'nvim', name);
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const out = path.join(artifacts, 'probe.json');
  // Neovim writes its LSP log (with the server's stderr) to $XDG_CACHE_HOME/nvim/lsp.log: kept as an artifact
  const lspLog = path.join(artifacts, 'nvim', 'lsp.log');
  const logTail = () => (existsSync(lspLog) ? readFileSync(lspLog, 'utf8').slice(-3000) : '(no lsp.log)');
  const run = spawnSync(tools.nvim, ['--headless', '--clean', '-n', '-c', `luafile ${path.join(root, 'test', 'nvim', 'lsp-probe.lua')}`], {
    cwd: workspace,
    env: {
      ...process.env,
      PROBE_NODE: process.execPath,
      PROBE_SERVER: product.server,
      PROBE_DRAFT: path.join(workspace, draftFile),
      PROBE_ROOT: workspace,
      PROBE_OUT: out,
      PROBE_HOVER_WORD: 'ARSOM',
      PROBE_DEFINITION_WORD: 'AOIP',
      XDG_STATE_HOME: artifacts,
      XDG_CACHE_HOME: artifacts,
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  assert.ok(existsSync(out), `Neovim wrote no result (exit ${run.status}, ${run.signal ?? ''}):\n${run.stdout}\n${run.stderr}\n${logTail()}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as Probe;
  assert.equal(result.failure, undefined, `the Neovim probe failed: ${result.failure}\nNeovim's lsp.log:\n${logTail()}`);
  return result;
}

function hoverText(result: unknown): string {
  const contents = (result as { contents?: unknown } | undefined)?.contents;
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts
    .map((c) => (typeof c === 'string' ? c : (c as { value?: string } | undefined)?.value ?? ''))
    .join('\n');
}

describe('Neovim (built-in LSP client) with node dist/server.js --stdio', function () {
  this.timeout(120_000);

  before(() => {
    requireFile(product.server, 'run `npm run build` first');
    const version = spawnSync(tools.nvim, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, `nvim is not installed: run scripts/e2e/install.sh (${version.error ?? ''})`);
  });

  for (const draft of drafts) {
    describe(`in the ${draft.languageName} draft`, () => {
      let result: Probe;
      before(() => {
        result = probe(draft.fileName, copyWorkspace('nvim', `drafts-${draft.language}`), `probe-${draft.language}`);
      });

      it('the server starts, initializes and offers hover, definition and completion', () => {
        assert.deepEqual(result.capabilities, { hover: true, definition: true, completion: true });
      });

      it('hovering ARSOM shows the ASEAN-Russia SOM card (16th meeting, Bali 2019) with no command: links', () => {
        const hover = result.requests.find((r) => r.method === 'textDocument/hover');
        assert.ok(hover?.result, `a hover came back: ${hover?.error ?? 'empty'}`);
        const text = hoverText(hover.result);
        assertArsomCard(text);
        assert.doesNotMatch(text, vscodeOnlyLink, 'the card has no VS Code-only command: links');
        assert.doesNotMatch(text, /command:[\w.]+/, 'the card has no command: URIs at all');
      });

      it('definition on AOIP points at the quoted passage of its source article', () => {
        const definition = result.requests.find((r) => r.method === 'textDocument/definition');
        assert.ok(definition?.result, `a definition came back: ${definition?.error ?? 'empty'}`);
        const locations = (Array.isArray(definition.result) ? definition.result : [definition.result]) as Location[];
        assert.ok(locations.length > 0);
        const passages = quotedPassages('AOIP');
        for (const location of locations) {
          const uri = location.uri ?? location.targetUri ?? '';
          assert.match(uri, /^file:\/\/.*\/sources\/[\w.-]+\.md$/, 'a file: URI of a source article');
          const start = location.range?.start ?? location.targetSelectionRange?.start;
          const file = fileURLToPath(uri);
          assert.ok(start, 'the location has a range');
          const at = `${path.basename(file)}:${start.line + 1}:${start.character + 1}`;
          const passage = passages.find((p) => p.fileName === path.basename(file) && p.line === start.line + 1 && p.column === start.character + 1);
          assert.ok(passage, `${at} is where one of AOIP's quotes starts (${passages.map((p) => `${p.fileName}:${p.line}:${p.column}`).join(', ')})`);
        }
      });
    });
  }
});
