// Functions that run inside the workbench page (handed to Playwright's evaluate / waitForFunction).
// Plain browser JavaScript, kept apart so the Node-side harness type-checks without DOM types;
// their signatures are in in-page.d.ts. Each must be self-contained: Playwright serialises it.
'use strict';

/** Screen box of the n-th occurrence of `text` in the visible lines of the editor `selector`. */
exports.boxOf = ({ selector, text, occurrence }) => {
  let seen = 0;
  const lines = Array.from(document.querySelectorAll(`${selector} .view-lines .view-line`));
  lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  for (const line of lines) {
    // a word can be split over several token spans: search the line's text, then map back to text nodes
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const content = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
    for (let at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
      if (seen++ < occurrence) continue;
      const locate = (offset, isEnd) => {
        let start = 0;
        for (const n of nodes) {
          const end = start + n.data.length;
          if (offset < end || (isEnd && offset === end)) return [n, offset - start];
          start = end;
        }
        const last = nodes[nodes.length - 1];
        return [last, last.data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + text.length, true));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
  }
  return null;
};

/** Text of a visible logical line, found by its number in the gutter (wrapped segments joined). */
exports.lineText = ({ selector, lineNumber }) => {
  const root = document.querySelector(selector);
  if (!root) return null;
  const numbers = Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers')).map((n) => ({
    n: Number((n.textContent || '').trim()),
    top: n.getBoundingClientRect().top,
  }));
  const mine = numbers.find((t) => t.n === lineNumber);
  if (!mine) return null;
  const next = numbers.filter((t) => t.top > mine.top + 1).sort((a, b) => a.top - b.top)[0];
  return Array.from(root.querySelectorAll('.view-lines .view-line'))
    .map((l) => ({ top: l.getBoundingClientRect().top, text: l.textContent || '' }))
    .filter((l) => l.top >= mine.top - 1 && (!next || l.top < next.top - 1))
    .sort((a, b) => a.top - b.top)
    .map((s) => s.text)
    .join('')
    .replace(/\u00a0/g, ' ');
};

/** The status bar shows the cursor on one of `lines`. */
exports.cursorOnLine = (lines) => {
  const match = /Ln (\d+),/.exec((document.getElementById('status.editor.selection') || {}).textContent || '');
  return match !== null && lines.includes(Number(match[1]));
};

/** Which of `names` the active editor tab shows, or false. */
exports.activeTabAmong = (names) => {
  const tab = (document.querySelector('.tabs-container .tab.active') || {}).textContent || '';
  return names.find((n) => tab.includes(n)) || false;
};

/** After F12: 'peek' when the Peek view opened, 'editor' when one of `names` became the active tab. */
exports.definitionShown = (names) => {
  if (document.querySelector('.peekview-widget .peekview-title')) return 'peek';
  const tab = (document.querySelector('.tabs-container .tab.active') || {}).textContent || '';
  return names.some((n) => tab.includes(n)) ? 'editor' : false;
};

/** Links of a hover card element. */
exports.links = (hover) =>
  Array.from(hover.querySelectorAll('a')).map((a) => ({
    text: (a.textContent || '').trim(),
    href: a.getAttribute('data-href') || a.getAttribute('href') || '',
  }));

/** Rows of a suggest widget element, in list order. */
exports.suggestionRows = (widget) => {
  const rows = Array.from(widget.querySelectorAll('.monaco-list-row'));
  rows.sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
  return rows.map((row) => {
    const text = (selector) => ((row.querySelector(selector) || {}).textContent || '').replace(/\u00a0/g, ' ').trim();
    const icon = row.querySelector('.suggest-icon');
    const kind = Array.from(icon ? icon.classList : []).find((c) => c.startsWith('codicon-symbol-')) || '';
    return {
      label: text('.label-name'),
      description: text('.label-description'),
      detail: text('.details-label'),
      kind: kind.replace('codicon-symbol-', ''),
      focused: row.classList.contains('focused'),
      aria: row.getAttribute('aria-label') || '',
    };
  });
};

/** The open suggest widget lists a row whose label matches the regular expression source. */
exports.suggestionListed = (source) => {
  const re = new RegExp(source);
  const widget = document.querySelector('.editor-widget.suggest-widget.visible');
  return Array.from(widget ? widget.querySelectorAll('.monaco-list-row .label-name') : []).some((l) => re.test(l.textContent || ''));
};

/** The focused suggestion is no longer `before`. */
exports.focusedSuggestionIsNot = (before) => {
  const label = document.querySelector('.editor-widget.suggest-widget.visible .monaco-list-row.focused .label-name');
  return (label ? label.textContent : '') !== before;
};

/**
 * The colours of `word` as its own token on the editor line starting with `proseStart`, of the first token of that
 * line, and of the token holding `word` on the line starting with `codeStart`; undefined until all three exist.
 */
exports.tokenColours = ({ word, proseStart, codeStart }) => {
  const lines = Array.from(document.querySelectorAll('.editor-instance .monaco-editor .view-line'));
  const spans = (start) => {
    const line = lines.find((l) => (l.textContent || '').replace(/\u00a0/g, ' ').startsWith(start));
    return line ? Array.from(line.querySelectorAll('span span')) : [];
  };
  const prose = spans(proseStart);
  const alone = prose.find((s) => (s.textContent || '').trim() === word);
  const first = prose[0];
  const inCode = spans(codeStart).find((s) => (s.textContent || '').includes(word));
  if (!alone || !first || !inCode || alone === first) return undefined;
  return { word: getComputedStyle(alone).color, prose: getComputedStyle(first).color, code: getComputedStyle(inCode).color, codeText: inCode.textContent };
};

/** Some language status entry in the hover reads `pattern` (a RegExp source). */
exports.languageStatusReads = (pattern) =>
  Array.from(document.querySelectorAll('.hover-language-status')).some((e) => new RegExp(pattern).test(e.textContent || ''));
