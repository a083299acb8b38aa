// Small text and date helpers shared by the cross-article merging.

/** A name as it is compared across articles: no diacritics, lower case, straight apostrophes, single spaces, no leading "the". */
export function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[.,;:!?]+$/, '');
}

const DAY_MS = 86_400_000;

/** "2024-03-07" (or a longer ISO 8601 string starting with a date) → that date; anything else → null. */
export function dateOf(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // reject 2024-02-31 and the like
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: what date windows are computed on. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The host of a URL without "www.", or null. */
export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h ? h.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
