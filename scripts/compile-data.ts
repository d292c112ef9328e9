// Run by `npm run build` (bundled to dist/compile-data.js): validates data/ and writes dist/data.jsonl.
import path from 'node:path';
import { compileData } from '../server/src/compiled/compile';

// Bundled, this file is dist/compile-data.js, so the package root is one level up.
const root = path.resolve(__dirname, '..');
process.exitCode = compileData(root, path.join(root, 'dist', 'data.jsonl'), { stdout: process.stdout, stderr: process.stderr });
