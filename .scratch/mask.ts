import { readFileSync } from 'node:fs';
import { maskNonProse, nonProseRanges, applyMask } from '../server/src/scan/prose';
import { detectLanguage } from '../server/src/scan/language';
import { scanWords } from '../server/src/scan/tokens';
const text = readFileSync('/tmp/sp-109000/draft.md', 'utf8');
const med = (f: () => void) => { const t: number[] = []; for (let i = 0; i < 31; i++) { const a = performance.now(); f(); t.push(performance.now() - a); } t.sort((a, b) => a - b); return t[15].toFixed(2); };
const r = nonProseRanges(text);
console.log('mask', med(() => maskNonProse(text)), 'ranges', med(() => nonProseRanges(text)), 'apply', med(() => applyMask(text, [...r.blocks, ...r.inline])), 'n', r.blocks.length, r.inline.length, 'lang', med(() => detectLanguage(text)), 'tokens', med(() => scanWords(text)));
