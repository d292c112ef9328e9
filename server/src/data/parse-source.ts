/**
 * A source article: YAML front matter between two "---" lines, then the
 * article text verbatim. Positions are kept for both parts: front matter
 * problems point at the YAML node, quotes are located in the body.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { Problem } from './dataset';
import { LineMap, pointerSegments, type Locator, type NodePart } from './positions';
import { problemAt } from './problem';
import { MAX_NESTING, nestingPast } from './parse-json';

export interface ParsedSource {
  /** The front matter as plain data, as far as YAML could read it; undefined without front matter. */
  meta: unknown;
  /** The article text: everything after the closing "---" line. */
  body: string;
  /** Where the body starts in the file text. */
  bodyOffset: number;
  problems: Problem[];
  /** Pointers into the front matter ("/published/date"). */
  locate: Locator;
  /** Positions in the whole file, for quote spans. */
  lines: LineMap;
}

interface Split {
  /** Offsets of the YAML text (between the fences) and of the body. */
  yamlStart: number;
  yamlEnd: number;
  bodyOffset: number;
}

const FENCE = /^---[ \t]*$/;

/** Finds the front matter fences; undefined when the file does not open with one, -1 bodyOffset when unclosed. */
function splitFrontMatter(text: string): Split | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, start);
  if (!FENCE.test(first.text)) return undefined;
  for (let at = first.next; at < text.length; ) {
    const line = lineAt(text, at);
    if (FENCE.test(line.text)) return { yamlStart: first.next, yamlEnd: at, bodyOffset: line.next };
    at = line.next;
  }
  return { yamlStart: first.next, yamlEnd: text.length, bodyOffset: -1 };
}

function lineAt(text: string, at: number): { text: string; next: number } {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return { text: text.slice(at, end).replace(/\r$/, ''), next: nl < 0 ? text.length : nl + 1 };
}

export function parseSource(file: string, text: string): ParsedSource {
  const lines = new LineMap(text);
  const split = splitFrontMatter(text);
  const fence = lines.span(0, Math.min(3, text.length));
  if (!split) {
    const message = 'source file has no front matter: it must start with a "---" line, the YAML fields, then another "---" line';
    return { meta: undefined, body: text, bodyOffset: 0, problems: [problemAt(file, fence, 'front-matter', message)], locate: () => fence, lines };
  }
  const problems: Problem[] = [];
  if (split.bodyOffset < 0) problems.push(problemAt(file, fence, 'front-matter', 'front matter is not closed: add a "---" line after the YAML fields'));
  const bodyOffset = split.bodyOffset < 0 ? text.length : split.bodyOffset;
  const yamlText = text.slice(split.yamlStart, split.yamlEnd);
  const tooDeep = nestingPast(yamlText, MAX_NESTING);
  if (tooDeep !== undefined) {
    const span = lines.span(split.yamlStart + tooDeep, split.yamlStart + tooDeep + 1);
    problems.push(problemAt(file, span, 'yaml-syntax', `front matter nested more than ${MAX_NESTING} levels deep`));
    return { meta: undefined, body: text.slice(bodyOffset), bodyOffset, problems, locate: () => span, lines };
  }
  const doc = parseDocument(yamlText, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false });
  const at = (start: number, end: number) => lines.span(split.yamlStart + start, split.yamlStart + end);
  problems.push(...yamlProblems(file, doc, yamlText, at));
  const locate = yamlLocator(doc, at, fence);
  return { meta: doc.contents ? doc.toJS() : undefined, body: text.slice(bodyOffset), bodyOffset, problems, locate, lines };
}

type SpanAt = (start: number, end: number) => ReturnType<LineMap['span']>;

function yamlProblems(file: string, doc: Document, yamlText: string, at: SpanAt): Problem[] {
  const out: Problem[] = [];
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyTextAt(yamlText, start);
      out.push(problemAt(file, at(start, end), 'duplicate-key', `duplicate key "${key}" in front matter`));
    } else out.push(problemAt(file, at(start, end), 'yaml-syntax', `YAML error in front matter: ${e.message}`));
  }
  for (const w of doc.warnings) out.push(problemAt(file, at(w.pos[0], w.pos[1]), 'yaml-syntax', `YAML: ${w.message}`, 'warning'));
  return out;
}

/** The key text starting at an offset: up to the colon, quotes removed. */
function keyTextAt(text: string, offset: number): string {
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(text.slice(offset));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : text.slice(offset).split(/[:\n]/)[0].trim();
}

function yamlLocator(doc: Document, at: SpanAt, fallback: ReturnType<LineMap['span']>): Locator {
  return (pointer: string, part: NodePart = 'value') => {
    const found = yamlNodeAt(doc.contents as YamlNode | null, pointerSegments(pointer));
    const target = part === 'key' && found.pair && isScalar(found.pair.key) ? found.pair.key : found.node;
    const range = target?.range;
    return range ? at(range[0], range[1]) : fallback;
  };
}

/** The node at a path (and the pair holding it), or the deepest ancestor that exists. */
function yamlNodeAt(root: YamlNode | null, segments: string[]): { node: YamlNode | null; pair?: Pair } {
  let node = root;
  let pair: Pair | undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      const next = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!next) break;
      pair = next;
      // `id:` with nothing after it has no value node: point at the key instead.
      node = (next.value as YamlNode | null) ?? (next.key as YamlNode);
    } else if (isSeq(node) && /^\d+$/.test(seg) && node.items[Number(seg)]) {
      node = node.items[Number(seg)] as YamlNode;
      pair = undefined;
    } else break;
  }
  return { node, pair };
}
