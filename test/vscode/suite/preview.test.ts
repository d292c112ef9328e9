// The built-in Markdown preview renders references with a tooltip (our markdown-it plugin, fed by the server).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { newDraft, until } from '../helpers';

describe('the Markdown preview', function () {
  this.timeout(60_000);

  it('renders ARSOM with a tooltip naming the ASEAN-Russia SOM, and leaves the code span alone', async () => {
    const doc = await newDraft('pratinjau.md', 'Hasil ARSOM dibahas.\n\nKode `ARSOM` di sini.\n');
    // markdown.api.render is what the preview uses: the same engine, with the plugins extensions contribute.
    const html = await until(
      () => vscode.commands.executeCommand<string>('markdown.api.render', doc),
      (h) => typeof h === 'string' && h.includes('<abbr'),
    );
    assert.match(html, /Hasil <abbr title="[^"]*(Pejabat Senior ASEAN-Rusia|ASEAN-Russia Senior Officials)[^"]*">ARSOM<\/abbr> dibahas/);
    assert.match(html, /<code>ARSOM<\/code>/);
  });
});
