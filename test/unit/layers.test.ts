/**
 * The layering, enforced from the real import graph of server/src: imports only point down
 * (text → data → index → compiled → scan → format → features → service → hosts), nothing
 * imports in a circle, and the language logic below the hosts never needs the server runtime.
 * docs/ARCHITECTURE.md shows the same layers.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '..', '..', 'server', 'src');

/** Bottom first. A file's layer is its folder's, or (at the top of server/src) its own entry. */
const LAYERS: { name: string; owns: string[] }[] = [
  { name: 'text', owns: ['text/', 'protocol.ts'] },
  { name: 'data', owns: ['data/', 'settings.ts', 'project-config.ts'] },
  { name: 'index', owns: ['index/'] },
  { name: 'compiled', owns: ['compiled/'] },
  { name: 'scan', owns: ['scan/'] },
  { name: 'format', owns: ['format/'] },
  { name: 'features', owns: ['features/'] },
  { name: 'service', owns: ['service/'] },
  { name: 'hosts', owns: ['session/', 'cli/', 'server.ts', 'main.ts', 'cli.ts'] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');
const layerOf = (file: string): number => LAYERS.findIndex((l) => l.owns.some((o) => (o.endsWith('/') ? rel(file).startsWith(o) : rel(file) === o)));

/** Every import and re-export of a file (type-only ones too: they are dependencies all the same). */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
  const local: string[] = [];
  const packages: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) packages.push(fileName);
    else {
      const target = path.resolve(path.dirname(file), fileName);
      const found = [`${target}.ts`, path.join(target, 'index.ts')].find(existsSync);
      if (found) local.push(found);
    }
  }
  return { local, packages };
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** Strongly connected components with more than one file (Tarjan). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.local ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1) out.push(component.map(rel).sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return out;
}

describe('the layers of the server', () => {
  it('every source file belongs to a layer', () => {
    assert.deepEqual(files.filter((f) => layerOf(f) < 0).map(rel), []);
  });

  it('imports only point down the layers (or stay within one)', () => {
    const up: string[] = [];
    for (const [file, { local }] of graph) {
      for (const target of local) {
        if (layerOf(target) > layerOf(file)) up.push(`${rel(file)} (${LAYERS[layerOf(file)].name}) → ${rel(target)} (${LAYERS[layerOf(target)].name})`);
      }
    }
    assert.deepEqual(up, []);
  });

  it('no file imports itself through others', () => {
    assert.deepEqual(cycles(), []);
  });

  it('below the hosts nothing needs the server runtime: features speak vscode-languageserver-types', () => {
    const hosts = LAYERS.findIndex((l) => l.name === 'hosts');
    const runtime: string[] = [];
    for (const [file, { packages }] of graph) {
      if (layerOf(file) >= hosts) continue;
      for (const p of packages) if (/^vscode-languageserver(\/|$)|^vscode-languageserver-protocol|^vscode-jsonrpc/.test(p)) runtime.push(`${rel(file)} → ${p}`);
    }
    assert.deepEqual(runtime, []);
  });

  it('every package the server imports is declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(SRC, '..', '..', 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
    const missing = new Set<string>();
    for (const { packages } of graph.values()) {
      for (const p of packages) {
        if (p.startsWith('node:')) continue;
        const name = p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0];
        if (!declared.has(name)) missing.add(name);
      }
    }
    assert.deepEqual([...missing], []);
  });
});
