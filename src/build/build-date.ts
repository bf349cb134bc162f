/**
 * The day the build takes as today, for the checks that depend on it (future dates, overdue
 * reviews). KF_BUILD_DATE=YYYY-MM-DD pins it, so a test build says the same thing next year;
 * production builds leave it unset and use the clock.
 */
export function buildDate(): Date {
  const pinned = process.env.KF_BUILD_DATE?.trim();
  if (!pinned) return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) throw new Error(`KF_BUILD_DATE=${pinned} is not a date like 2026-12-01`);
  return new Date(`${pinned}T12:00:00Z`);
}
