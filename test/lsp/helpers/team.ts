/** A team's data folder as the LSP tests write it: one organization (JKCD) citing the team memo. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TEAM_SOURCE = readFileSync(path.join(__dirname, '../../fixtures/team/team-memo-2023.md'), 'utf8');

/** The team's entity file: one organization, named `name`, citing the memo. */
export function teamEntities(name: string): string {
  return `${JSON.stringify(
    {
      entities: [
        {
          id: 'team-jkcd',
          kind: 'organization',
          name: { en: name, id: 'Meja Koordinasi Jakarta' },
          acronyms: ['JKCD'],
          description: { en: "The team's coordination desk in Jakarta.", id: 'Meja koordinasi tim di Jakarta.' },
          sources: [{ source: 'team-memo-2023', quote: 'dipimpin oleh Jakarta Coordination Desk (JKCD)' }],
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/** `dataDir` with sources/team-memo.md and team.json (JKCD named `name`); returns team.json's path. */
export function writeTeamData(dataDir: string, name = 'Jakarta Coordination Desk'): string {
  mkdirSync(path.join(dataDir, 'sources'), { recursive: true });
  writeFileSync(path.join(dataDir, 'sources', 'team-memo.md'), TEAM_SOURCE);
  const file = path.join(dataDir, 'team.json');
  writeFileSync(file, teamEntities(name));
  return file;
}

export const TEAM_DRAFT = 'Laporan ini disiapkan untuk JKCD di Jakarta.\n';
