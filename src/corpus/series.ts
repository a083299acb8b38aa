// Figures across articles → series: the same measure (and unit) over time, each value with who said it.
import { normName } from './normalize.js';

const DROP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'more', 'than', 'less', 'only', 'just']);

/** A measure's words as a series key: lower case, no determiners or hedges ("the country's inflation rate" = "country's inflation rate"). */
export function normMeasure(measure: string): string {
  return normName(measure)
    .replace(/[^\p{L}\p{N}%'\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !DROP.has(w))
    .join(' ');
}

/** The key that makes two figures points of one series: measure, unit and rate denominator. */
export function seriesKey(measure: string, unit: string | undefined, per: string | undefined): string | null {
  const m = normMeasure(measure);
  if (!m) return null;
  return `${m}|${unit ?? ''}|${per ?? ''}`;
}
