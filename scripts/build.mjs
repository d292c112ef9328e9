// Bundles the client, server and CLI with esbuild, then compiles the data into dist/data.jsonl and
// generates the Markdown injection grammar (syntaxes/) from it.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const production = process.argv.includes('--production');

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'server/src/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'scripts/compile-data.ts', out: 'compile-data' },
  { in: 'scripts/gen-grammar.ts', out: 'gen-grammar' },
  { in: 'bench/main.ts', out: 'bench' },
];

mkdirSync(dist, { recursive: true });
await Promise.all(
  entries
    .filter((e) => existsSync(path.join(root, e.in)))
    .map((e) =>
      esbuild.build({
        absWorkingDir: root,
        entryPoints: [e.in],
        outfile: path.join(dist, `${e.out}.js`),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: !production,
        minify: production,
        external: e.external ?? [],
        // ESM dependencies (tinyglobby's fdir) read import.meta.url, which a CommonJS bundle lacks.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: [e.banner, "const importMetaUrl = require('url').pathToFileURL(__filename).href;"].filter(Boolean).join('\n') },
        logLevel: 'warning',
      }),
    ),
);
if (existsSync(path.join(dist, 'compile-data.js'))) {
  execFileSync(process.execPath, [path.join(dist, 'compile-data.js')], { cwd: root, stdio: 'inherit' });
}
if (existsSync(path.join(dist, 'gen-grammar.js'))) {
  execFileSync(process.execPath, [path.join(dist, 'gen-grammar.js')], { cwd: root, stdio: 'inherit' });
}
