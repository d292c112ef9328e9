// A throw-away copy of the fixture drafts per editor instance, so typing never touches the repository.
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workspaceFixture } from '../fixtures/drafts';

/** Copies the drafts to <tmp>/<parent>/<name>, e.g. Downloads/laporan-dari-email for a folder from e-mail. */
export function copyWorkspace(parent: string, name: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'asean-ref-drafts-')), parent, name);
  cpSync(workspaceFixture, dir, { recursive: true });
  return dir;
}
