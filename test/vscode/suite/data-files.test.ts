// The entity schema is ours to apply only under .asean-ref/: a writer's project that happens to have its own
// data/entities/*.json must get no diagnostics from us, while a broken team file gets them at once.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until, workspaceFolder } from '../helpers';

/**
 * Breaks our entity schema ("entities" must be an array), and JSON itself with a trailing comma: the comma's
 * diagnostic shows the JSON service has validated the file, so no test has to wait for an absence.
 */
const NOT_OUR_SCHEMA = '{\n  "entities": { "id": 5 },\n}\n';
const SCHEMA_MESSAGE = /incorrect type|expected "array"/i;

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

const describeDiagnostics = (list: readonly vscode.Diagnostic[]): string => list.map((d) => `${d.source ?? '?'}: ${d.message}`).join(' | ');

describe('JSON files in the workspace', function () {
  this.timeout(60_000);
  const created: vscode.Uri[] = [];

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  it("a project's own data/entities/*.json gets no diagnostics from us, while the same file in .asean-ref/ does", async () => {
    const team = await write('.asean-ref/broken.json', NOT_OUR_SCHEMA);
    const own = await write('data/entities/broken.json', NOT_OUR_SCHEMA);
    created.push(team, own, vscode.Uri.joinPath(workspaceFolder(), '.asean-ref'), vscode.Uri.joinPath(workspaceFolder(), 'data'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(own), { preview: false });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(team), { preview: false });

    // The JSON language service validates the team file against the contributed schema.
    const teamProblems = await until(
      async () => vscode.languages.getDiagnostics(team),
      (list) => list.some((d) => SCHEMA_MESSAGE.test(d.message)),
    );
    assert.ok(teamProblems.some((d) => SCHEMA_MESSAGE.test(d.message)), `the team file is checked against the entity schema; got ${describeDiagnostics(teamProblems)}`);

    // The project's own file is checked as plain JSON (its trailing comma), against nothing of ours.
    const ownProblems = await until(
      async () => vscode.languages.getDiagnostics(own),
      (list) => list.length > 0,
    );
    assert.ok(ownProblems.length > 0, 'the JSON service has validated data/entities/broken.json (its trailing comma)');
    const ours = ownProblems.filter((d) => d.source === 'asean-ref' || SCHEMA_MESSAGE.test(d.message));
    assert.equal(describeDiagnostics(ours), '', 'no diagnostics from us on data/entities/broken.json');
  });

  it('.asean-ref.json is JSON with comments, checked against its schema as you type', async () => {
    const config = await write('.asean-ref.json', '{\n  // the team writes in English\n  "cardLanguage": "fr",\n}\n');
    created.push(config);
    const doc = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.equal(doc.languageId, 'jsonc', 'opened as JSON with comments');
    const problems = await until(
      async () => vscode.languages.getDiagnostics(config),
      (list) => list.some((d) => /auto|"id"|"en"|allowed values/i.test(d.message)),
    );
    assert.ok(problems.some((d) => d.range.start.line === 2), `the wrong card language is flagged on its line; got ${describeDiagnostics(problems)}`);
    assert.ok(!problems.some((d) => /comment/i.test(d.message)), `comments are allowed; got ${describeDiagnostics(problems)}`);
  });
});
