// Run by `npm run build` (bundled to dist/gen-grammar.js) after the data compiled: writes the Markdown
// injection grammar from the shipped entities into syntaxes/ (generated, not committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataDir } from '../server/src/data/load';
import { injectionGrammar } from './grammar';

const root = path.resolve(__dirname, '..');
const { dataset } = loadDataDir(path.join(root, 'data'));
const out = path.join(root, 'syntaxes', 'asean-ref.injection.tmLanguage.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(injectionGrammar(dataset.entities), null, 2)}\n`);
