import * as z from 'zod/mini';
import type { Moment } from '../core/freezes/moment.js';
import { todayUtc } from '../service/evaluator.js';
import { UsageError } from './args.js';

const LOCAL = z.iso.datetime({ local: true });
/** A local time and its `Z` or offset: the local part is checked as a real time, the whole parsed by `Date`. */
const WITH_OFFSET = /^(.+?)(Z|[+-]\d\d:\d\d)$/;

/**
 * `check --at TIME`: a time with `Z` or an offset is that instant; without one it is a local
 * time that each freeze window reads in its own zone, and its date is the day for waivers and
 * due dates. Without `--at`, the clock's time.
 */
export function momentOf(at: string | undefined, now: Date): { moment: Moment; today: string } {
  if (at === undefined) return { moment: { instant: now.getTime() }, today: todayUtc(now) };
  if (LOCAL.safeParse(at).success) return { moment: { local: at }, today: at.slice(0, 10) };
  const local = WITH_OFFSET.exec(at)?.[1];
  const instant = Date.parse(at);
  if (local && LOCAL.safeParse(local).success && !Number.isNaN(instant)) {
    return { moment: { instant }, today: todayUtc(new Date(instant)) };
  }
  throw new UsageError(
    `--at '${at}' is not a time — write 2026-12-24T10:00 (read in each freeze window's zone) or add Z or an offset for an instant (2026-12-24T10:00Z, 2026-12-24T10:00+01:00)`,
    'check',
  );
}
