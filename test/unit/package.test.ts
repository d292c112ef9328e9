/**
 * The .vsix a writer installs: built by `npm run package` (production bundle, allowlist .vscodeignore),
 * reused when one newer than every input exists. Checks what goes in and what must stay out.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import yauzl from 'yauzl';

const ROOT = path.resolve(__dirname, '..', '..');
const VSIX = path.join(ROOT, 'dist', 'asean-ref.vsix');
/** What the package is made from; a .vsix older than any of these is rebuilt. */
const INPUTS = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'images', 'data', 'syntaxes', 'client/src', 'server/src', 'scripts/build.mjs'];

interface Entry {
  name: string;
  size: number;
}

function newestInput(): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const input of INPUTS) visit(path.join(ROOT, input));
  return newest;
}

/** What `npm run package` printed when it last built the .vsix here (kept next to it, so a reused package keeps its log). */
const PACKAGE_LOG = path.join(ROOT, 'dist', 'package.log');

function ensurePackage(): string {
  if (existsSync(VSIX) && existsSync(PACKAGE_LOG) && statSync(VSIX).mtimeMs >= newestInput()) return readFileSync(PACKAGE_LOG, 'utf8');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const log = execFileSync(npm, ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', shell: process.platform === 'win32' });
  writeFileSync(PACKAGE_LOG, log);
  return log;
}

/** VS Code's JSON service puts `**\/` before every contributed fileMatch pattern and matches the file's path. */
const matchedByJsonValidation = (patterns: string[], file: string): boolean =>
  patterns.some((p) => picomatch(`**/${p.replace(/^\//, '')}`, { dot: true })(file));

function readEntries(file: string): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      const entries: Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push({ name: e.fileName, size: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function readEntry(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${file}`)));
      zip.readEntry();
    });
  });
}

const filesIn = (dir: string, ext: string): string[] =>
  existsSync(path.join(ROOT, dir)) ? readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => `extension/${dir}/${f}`) : [];

describe('the packaged extension (dist/asean-ref.vsix)', function () {
  this.timeout(300_000);
  let names: Set<string>;
  let log: string;

  before(async () => {
    log = ensurePackage();
    names = new Set((await readEntries(VSIX)).map((e) => e.name));
  });

  it('downloads as less than 1 MB', () => {
    const size = statSync(VSIX).size;
    assert.ok(size < 1024 * 1024, `the .vsix is ${size} bytes`);
  });

  it('holds the client, the server and the compiled data', () => {
    for (const f of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/data.jsonl', 'extension/dist/data.bin', 'extension/package.json']) assert.ok(names.has(f), `${f} missing`);
  });

  it('holds every source article and schema, so Go to Definition and JSON validation work after install', () => {
    const expected = [...filesIn('data/sources', '.md'), ...filesIn('data/schema', '.json'), ...filesIn('data/entities', '.json')];
    assert.ok(expected.some((f) => f.includes('/schema/')), 'no schemas found on disk');
    for (const f of expected) assert.ok(names.has(f), `${f} missing`);
  });

  it('holds the grammar when the project has one', () => {
    for (const f of filesIn('syntaxes', '.json')) assert.ok(names.has(f), `${f} missing`);
  });

  it('holds the README, the LICENSE and the icon', () => {
    // vsce stores them as readme.md and LICENSE.txt.
    const lower = new Set([...names].map((n) => n.toLowerCase()));
    for (const f of [['extension/readme.md'], ['extension/license', 'extension/license.txt'], ['extension/images/icon.png']]) {
      assert.ok(f.some((n) => lower.has(n)), `${f[0]} missing`);
    }
  });

  it('holds no node_modules, TypeScript sources, tests or source maps', () => {
    const bad = [...names].filter(
      (n) => n.includes('node_modules/') || /\.tsx?$/.test(n) || n.endsWith('.map') || /(^|\/)test\//.test(n) || n.includes('.test.') || n.startsWith('extension/client/src') || n.startsWith('extension/server/'),
    );
    assert.deepEqual(bad, []);
  });

  it('ships a minified server without a source map reference', async () => {
    const server = await readEntry(VSIX, 'extension/dist/server.js');
    assert.ok(!server.includes('sourceMappingURL'), 'server.js points at a source map');
    const lines = server.split('\n').length;
    assert.ok(lines < server.length / 200, `server.js does not look minified (${lines} lines for ${server.length} characters)`);
  });

  it('declares a manifest that installs into VS Code 1.91+ and code-server 4.139, and works in Restricted Mode', async () => {
    const manifest = JSON.parse(await readEntry(VSIX, 'extension/package.json'));
    const min = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(min && Number(min[1]) <= 139, `engines.vscode ${manifest.engines.vscode}`);
    assert.equal(manifest.main, './dist/client.js');
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'workspaceContains:.asean-ref/**']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['aseanRef.dataPaths']);
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(commands, ['aseanRef.insertAbbreviations', 'aseanRef.insertCitation', 'aseanRef.lookUpReference', 'aseanRef.restartServer', 'aseanRef.showOutput']);
    // The writer's commands are offered in the palette only in a Markdown editor.
    for (const c of manifest.contributes.menus.commandPalette) assert.equal(c.when, 'editorLangId == markdown', c.command);
    assert.equal(manifest.contributes.jsonValidation[0].url, './data/schema/entities.schema.json');
  });

  it('is packaged by vsce without warnings and without flags that silence them', () => {
    const script = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.package as string;
    assert.doesNotMatch(script, /--allow-|--no-rewrite|--skip-license|--baseContentUrl|--baseImagesUrl/);
    assert.doesNotMatch(log, /\bWARNING\b|\bwarn(ing)?:/i);
  });

  it('carries its marketplace face: repository, issue tracker, keywords, Linters, a changelog', async () => {
    const manifest = JSON.parse(await readEntry(VSIX, 'extension/package.json'));
    assert.match(manifest.repository.url, /^https:\/\/github\.com\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
    assert.ok(manifest.keywords.includes('asean') && manifest.keywords.length <= 30, `keywords ${manifest.keywords}`);
    assert.deepEqual(manifest.categories, ['Linters', 'Other']);
    assert.ok(names.has('extension/changelog.md') || names.has('extension/CHANGELOG.md'), 'CHANGELOG.md missing');
  });

  it('ships its English and Indonesian manifest strings and the client\'s Indonesian messages', () => {
    for (const f of ['extension/package.nls.json', 'extension/package.nls.id.json', 'extension/l10n/bundle.l10n.id.json']) assert.ok(names.has(f), `${f} missing`);
  });

  it('links its README images and documents by absolute https addresses, which the Details page can open', async () => {
    const readme = await readEntry(VSIX, 'extension/readme.md');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]);
    assert.ok(targets.some((t) => /\.png$/.test(t)), 'the README shows screenshots');
    assert.deepEqual(targets.filter((t) => !/^(https:\/\/|#)/.test(t)), [], 'relative links break inside the installed extension');
  });

  it('applies the entity schema to .asean-ref/ only, never to a project that has its own data/entities/*.json', async () => {
    const manifest = JSON.parse(await readEntry(VSIX, 'extension/package.json'));
    const patterns = manifest.contributes.jsonValidation.flatMap((v: { fileMatch: string[] }) => v.fileMatch);
    for (const file of ['/home/me/report/.asean-ref/people.json', '/home/me/report/.asean-ref/team/meetings.json']) {
      assert.ok(matchedByJsonValidation(patterns, file), `${file} is validated`);
    }
    for (const file of ['/home/me/app/data/entities/people.json', '/home/me/app/entities.json', '/home/me/app/asean-ref/people.json']) {
      assert.ok(!matchedByJsonValidation(patterns, file), `${file} is not ours to validate`);
    }
  });

  it('lists its commands in the Command Palette only while a Markdown editor is active, under one category', async () => {
    const manifest = JSON.parse(await readEntry(VSIX, 'extension/package.json'));
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'ASEAN Ref', c.command);
    const palette = new Map(manifest.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const c of manifest.contributes.commands) assert.equal(palette.get(c.command), 'editorLangId == markdown', c.command);
  });

  it('describes every setting in Markdown, with a default and a scope', async () => {
    const manifest = JSON.parse(await readEntry(VSIX, 'extension/package.json'));
    const nls = JSON.parse(await readEntry(VSIX, 'extension/package.nls.json'));
    for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties) as [string, Record<string, unknown>][]) {
      const text = String(setting.markdownDescription ?? '');
      assert.ok(/^%.+%$/.test(text) && nls[text.slice(1, -1)], `${key} has a localised markdownDescription`);
      assert.ok('default' in setting, `${key} has a default`);
      assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(String(setting.scope)), `${key} has a scope`);
    }
  });
});
