/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as times, so charts can place them on an axis. */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The middle of the period a partial date names, in UTC milliseconds: "2021" sits mid-year,
 * "2021-06" mid-month, so an undated day does not pile up on January 1st. Null if unreadable.
 */
export function partialDateTime(date: string | undefined): number | null {
  const m = date === undefined ? null : PARTIAL_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return Date.UTC(year, 6, 1);
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (m[3] === undefined) return Date.UTC(year, month, 15);
  const day = Number(m[3]);
  return day >= 1 && day <= 31 ? Date.UTC(year, month, day, 12) : null;
}

/** YYYY-MM-DD of a time in UTC, for tooltips and sorting keys. */
export const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
