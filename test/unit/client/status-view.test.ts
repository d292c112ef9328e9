import assert from 'node:assert/strict';
import { loadedView, loadingView, plainTranslate as t, stoppedView } from '../../../client/src/status-view';

describe('the language status item', () => {
  it('is busy while the data loads', () => {
    assert.equal(loadingView(t).busy, true);
  });

  it('shows the entity count with an information severity when the data is clean', () => {
    const view = loadedView({ entities: 240, sources: 5, dataProblems: 0, dataErrors: 0 }, t);
    assert.equal(view.text, '$(book) ASEAN Ref: 240 entities');
    assert.equal(view.detail, '5 sources');
    assert.equal(view.severity, 'information');
    assert.equal(view.busy, false);
  });

  it('counts data problems, with the severity of the worst: a warning alone is a warning', () => {
    const view = loadedView({ entities: 241, sources: 5, dataProblems: 1, dataErrors: 0 }, t);
    assert.equal(view.text, '$(warning) ASEAN Ref: 1 data problem');
    assert.equal(view.severity, 'warning');
    assert.match(view.detail, /241 entities, 5 sources; the last good data is in use/);
  });

  it('an error among them makes the item an error', () => {
    assert.equal(loadedView({ entities: 1, sources: 1, dataProblems: 3, dataErrors: 1 }, t).severity, 'error');
    assert.match(loadedView({ entities: 1, sources: 1, dataProblems: 3, dataErrors: 1 }, t).detail, /^1 entity, 1 source;/);
  });

  it('says so when the server is not running', () => {
    assert.equal(stoppedView(t).severity, 'error');
  });

  it('fills placeholders the way vscode.l10n.t does', () => {
    assert.equal(t('{0} of {1}, {2}', 1, 'two'), '1 of two, {2}');
  });
});
