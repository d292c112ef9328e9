// A throw-away copy of the fixture drafts per editor instance, so typing never touches the repository.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workspaceFixture } from '../fixtures/drafts';

const copies: string[] = [];
process.on('exit', () => {
  if (!process.env.E2E_KEEP) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Copies the drafts to <tmp>/<parent>/<name>, e.g. Downloads/laporan-dari-email for a folder from e-mail. */
export function copyWorkspace(parent: string, name: string): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-drafts-'));
  copies.push(scratch);
  const dir = path.join(scratch, parent, name);
  cpSync(workspaceFixture, dir, { recursive: true });
  return dir;
}
