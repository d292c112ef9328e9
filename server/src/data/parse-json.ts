/**
 * Strict JSON with positions. jsonc-parser keeps going after an error and
 * gives every node's offset, so one pass reports all syntax errors and
 * duplicate keys (JSON.parse silently keeps the last) with line:column.
 * (The ESM build is imported: esbuild cannot follow the UMD build's dynamic requires.)
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Problem } from './dataset';
import { LineMap, pointerSegments, type Locator, type NodePart } from './positions';
import { problemAt } from './problem';

export interface ParsedJson {
  /** The value as far as it could be read; undefined when the text holds no JSON value at all. */
  value: unknown;
  problems: Problem[];
  locate: Locator;
}

/** Nesting deeper than this is refused before parsing: the parser, the schema check and every walk recurse. */
export const MAX_NESTING = 64;

/** `comments`: JSON with comments and trailing commas, as configuration files are (`.asean-ref.json`). */
export function parseJson(file: string, text: string, options: { comments?: boolean } = {}): ParsedJson {
  // A byte-order mark is not JSON; blank it (same length) so offsets stay right.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const lines = new LineMap(source);
  const tooDeep = nestingPast(source, MAX_NESTING);
  if (tooDeep !== undefined) {
    const problem = problemAt(file, lines.span(tooDeep, tooDeep + 1), 'json-syntax', `nested more than ${MAX_NESTING} levels deep: data and configuration files are never nested this deep`);
    return { value: undefined, problems: [problem], locate: () => lines.span(tooDeep, tooDeep + 1) };
  }
  const errors: ParseError[] = [];
  const comments = options.comments === true;
  const root = parseTree(source, errors, { allowTrailingComma: comments, disallowComments: !comments, allowEmptyContent: false });
  // Error recovery can report one mistake twice ("property name expected", then "value expected").
  const problems = capped(uniqueBy(errors.map((e) => syntaxProblem(file, source, e, lines)), (p) => `${p.line}:${p.character}:${p.message}`));
  if (root) problems.push(...duplicateKeys(file, root, lines));
  return { value: root ? nodeValue(root) : undefined, problems, locate: jsonLocator(root, lines) };
}

/**
 * The offset of the first "[" or "{" that opens a level past `max`, outside strings, or undefined.
 * One pass; strings are skipped JSON's way (a backslash escapes the next character).
 */
export function nestingPast(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Syntax errors reported at most for one file (random bytes give one per byte). */
export const MAX_SYNTAX_PROBLEMS = 50;

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_SYNTAX_PROBLEMS) return problems;
  const last = problems[MAX_SYNTAX_PROBLEMS];
  const rest = problems.length - MAX_SYNTAX_PROBLEMS;
  return [...problems.slice(0, MAX_SYNTAX_PROBLEMS), { ...last, message: `… and ${rest} more JSON syntax errors after this point` }];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)) !== undefined);
}

function syntaxProblem(file: string, text: string, e: ParseError, lines: LineMap): Problem {
  const comma = trailingCommaBefore(text, e.offset);
  if (comma >= 0) return problemAt(file, lines.span(comma, comma + 1), 'json-syntax', 'trailing comma is not allowed in JSON');
  return problemAt(file, lines.span(e.offset, e.offset + Math.max(e.length, 1)), 'json-syntax', syntaxMessage(printParseErrorCode(e.error)));
}

/** jsonc-parser reports `[1,]` as "value expected" at the bracket; the fix is at the comma. */
function trailingCommaBefore(text: string, offset: number): number {
  if (text[offset] !== '}' && text[offset] !== ']') return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : -1;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

const syntaxMessage = (code: string): string => `JSON syntax error: ${SYNTAX_MESSAGES[code] ?? code}`;

/** Every key that repeats an earlier key of the same object, at the repeated key. */
function duplicateKeys(file: string, node: Node, lines: LineMap): Problem[] {
  const out: Problem[] = [];
  const visit = (n: Node): void => {
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const prop of n.children ?? []) {
        const key = prop.children?.[0];
        if (!key || typeof key.value !== 'string') continue;
        if (seen.has(key.value)) out.push(problemAt(file, lines.span(key.offset, key.offset + key.length), 'duplicate-key', `duplicate key "${key.value}"`));
        seen.add(key.value);
      }
    }
    for (const child of n.children ?? []) visit(child);
  };
  visit(node);
  return out;
}

/**
 * obj[key] = value as an own property, whatever the key: assigning "__proto__" would replace the
 * object's prototype instead (a `{"__proto__": {...}}` wrapper would then pass the schema unseen).
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Like jsonc-parser's getNodeValue, but tolerant of the holes error recovery leaves. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && typeof key.value === 'string' && value) setOwn(out, key.value, nodeValue(value));
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function jsonLocator(root: Node | undefined, lines: LineMap): Locator {
  return (pointer: string, part: NodePart = 'value') => {
    if (!root) return lines.span(0, 0);
    const node = nodeAt(root, pointerSegments(pointer));
    const target = part === 'key' && node.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node;
    return lines.span(target.offset, target.offset + target.length);
  };
}

/** The node at a path, or the deepest ancestor that exists. */
function nodeAt(root: Node, segments: string[]): Node {
  let node = root;
  for (const seg of segments) {
    const next = child(node, seg);
    if (!next) break;
    node = next;
  }
  return node;
}

function child(node: Node, seg: string): Node | undefined {
  if (node.type === 'array') return /^\d+$/.test(seg) ? node.children?.[Number(seg)] : undefined;
  if (node.type !== 'object') return undefined;
  const prop = node.children?.find((p) => p.children?.[0]?.value === seg);
  return prop?.children?.[1];
}
