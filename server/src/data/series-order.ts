/**
 * A series' dates follow its ordinals: the 43rd ASEAN Summit cannot start before
 * the 42nd. A meeting is compared with its nearest dated neighbours in the
 * series; when one date is cited and the other quoted, the citation is what
 * contradicts the shipped article.
 */
import { isBefore } from './dates';
import type { Problem } from './dataset';
import { where, type DatedMeeting, type EntityClaims, type Registry } from './registry';

type Report = (pointer: string, rule: string, message: string, severity?: Problem['severity']) => void;

export function checkSeriesOrder(claims: EntityClaims, ctx: { registry: Registry }, report: Report, pointer: string): void {
  if (!claims.series || claims.ordinal === undefined || !claims.start) return;
  const self: DatedMeeting = { id: claims.id, ordinal: claims.ordinal, start: claims.start, cited: !!claims.startCited, site: claims.idSite };
  const { below, above } = ctx.registry.neighbours(claims.series, claims.ordinal);
  const pairs: [DatedMeeting | undefined, DatedMeeting | undefined, DatedMeeting | undefined][] = [[below, self, below], [self, above, above]];
  for (const [early, late, other] of pairs) {
    if (!early || !late || !other || !isBefore(late.start, early.start)) continue;
    const mixed = other.cited !== self.cited;
    const how = mixed ? (self.cited ? '; this date is cited, that one quoted' : '; this date is quoted, that one cited') : '';
    report(
      pointer,
      mixed ? 'citation-contradicts-quote' : 'ordinal-date-order',
      `meeting ${late.ordinal} of series "${claims.series}" starts ${late.start}, before meeting ${early.ordinal} (${early.start}) — "${other.id}" ${where(other.site)}${how}`,
    );
  }
}
