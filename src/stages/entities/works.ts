import type { Token } from '../../core/types.js';
import { isCapitalised, type Chunk } from './chunks.js';

/** Words for works whose titles follow in quotation marks. */
const WORK_NOUNS = new Set(['film', 'films', 'movie', 'movies', 'novel', 'novels', 'book', 'books', 'song', 'songs', 'album', 'albums', 'play', 'plays', 'biography', 'memoir', 'memoirs', 'opera', 'musical', 'series', 'show', 'programme', 'program', 'documentary', 'poem', 'single', 'titled', 'entitled', 'called', 'hit', 'comedy', 'drama', 'thriller', 'painting', 'sitcom', 'bestseller', 'autobiography']);
/** Small words inside a title that keep their lower case: "On the Waterfront", "Ice Cold in Alex". */
const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'and', 'to', 'from', 'with', 'by', 'or', 'is', 'de', 'la', 'le']);
/** The longest title read between quotation marks. */
const MAX_TITLE_WORDS = 8;

/**
 * Titles of works in quotation marks, whole with their small words: "his novel " The Decaying Mansion "",
 * "the film " Ice Cold in Alex " ( 1958 )". Only where a word for a work comes before or a year in brackets
 * after, or as the next item of a list of such titles; `known` says which runs already name something else.
 */
export function findQuotedTitles(tokens: readonly Token[], ranges: ReadonlyArray<{ first: number; last: number; titleCase: boolean }>, known: (a: number, b: number) => boolean): Chunk[] {
  const found: Chunk[] = [];
  for (const r of ranges) {
    if (r.titleCase) continue;
    for (let k = r.first; k < r.last; k++) {
      if (!/^["“]$/.test(tokens[k].text)) continue;
      let m = k + 1;
      while (m <= r.last && m - k <= MAX_TITLE_WORDS + 2 && !/^["”]$/.test(tokens[m].text)) m++;
      if (m > r.last || !/^["”]$/.test(tokens[m].text)) continue;
      const first = k + 1;
      let last = m - 1;
      if (tokens[last]?.text === ',') last--;
      if (last < first || !isCapitalised(tokens[first]) || !(isCapitalised(tokens[last]) || /^\d+$/.test(tokens[last].text))) continue;
      let titleCase = true;
      for (let y = first; y <= last && titleCase; y++) titleCase = isCapitalised(tokens[y]) || /^\d+$/.test(tokens[y].text) || TITLE_SMALL_WORDS.has(tokens[y].text);
      const before = k > r.first ? tokens[k - 1].text.toLowerCase() : '';
      // the word for the work may stand before a comma: "her first novel , " The ... ""
      const noun = before === ',' && k - 1 > r.first ? tokens[k - 2].text.toLowerCase() : before;
      const cue = WORK_NOUNS.has(noun) || (tokens[m + 1]?.text === '(' && /^\d{4}$/.test(tokens[m + 2]?.text ?? '')) || (/^(?:,|and|or)$/.test(before) && found.some((f) => f.last + 1 === k - 2 || f.last + 2 === k - 2));
      // one plain word in quotes is as often a word quoted as a title
      if (titleCase && cue && (last > first || WORK_NOUNS.has(noun)) && !known(first, last)) found.push({ first, last });
      k = m;
    }
  }
  return found;
}
