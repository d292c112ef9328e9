/**
 * A cited role must not contradict a quoted one. The same role (same
 * organisation, same English title) may be written twice: once as a shipped
 * article shows it (seen on a date), once as a public page gives its term.
 * Every date the article puts the person in the role must then fall inside
 * the cited term.
 */
import type { Entity, Role } from './model.gen';
import { isBefore } from './dates';
import { isCitation, isQuote } from './evidence';
import { childPointer } from './positions';

const sameRole = (a: Role, b: Role): boolean => a.organization === b.organization && a.title.en.trim().toLowerCase() === b.title.en.trim().toLowerCase();

const quotedDates = (r: Role): string[] => [r.from, r.to, ...(r.attested ?? [])].filter((d): d is string => d !== undefined);

export function roleContradictions(e: Entity, pointer: string): { pointer: string; message: string }[] {
  const roles = e.roles ?? [];
  const out: { pointer: string; message: string }[] = [];
  roles.forEach((cited, i) => {
    if (!isCitation(cited.evidence)) return;
    roles.forEach((quoted, k) => {
      if (k === i || !isQuote(quoted.evidence) || !sameRole(cited, quoted)) return;
      for (const d of quotedDates(quoted)) {
        const early = cited.from !== undefined && isBefore(d, cited.from);
        const late = cited.to !== undefined && isBefore(cited.to, d);
        if (!early && !late) continue;
        const field = early ? 'from' : 'to';
        out.push({
          pointer: childPointer(pointer, 'roles', i, field),
          message: `the cited term of "${cited.title.en}" (${cited.from ?? '…'} to ${cited.to ?? '…'}) leaves out ${d}, when source "${quoted.evidence.source}" quotes the same role (roles[${k}])`,
        });
        break;
      }
    });
  });
  return out;
}
