import type { Paragraph, Sentence, Token } from '../../core/types.js';

export interface TokenRange {
  first: number;
  last: number;
  /** A headline in title case: its capitals say nothing, so its words are read one by one. */
  titleCase: boolean;
}

/** Words that title case capitalises and plain text does not. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'over', 'after', 'as', 'by', 'from', 'into', 'and', 'or', 'but', 'is', 'are', 'was', 'be', 'amid', 'against', 'about', 'says', 'say', 'said', 'will', 'new', 'not', 'no', 'up', 'out', 'off', 'its', 'his', 'her', 'their']);

/** The token range of every sentence, marking title-case headlines. */
export function sentenceRanges(tokens: readonly Token[], sentences: readonly Sentence[], paragraphs: readonly Paragraph[]): TokenRange[] {
  const ranges: TokenRange[] = [];
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const first = i;
    while (i < tokens.length && tokens[i].sentence === s) i++;
    if (i === first) continue;
    const para = paragraphs[sentences[s].paragraph];
    const wordsIn = tokens.slice(first, i).filter((t) => /^\p{L}/u.test(t.text));
    const caps = wordsIn.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    // a line in capitals ("RUSSIA WARNS ARMENIA OVER BORDER GUARDS") is a headline wherever it stands
    const allCaps = wordsIn.filter((t) => /^\p{Lu}[\p{Lu}\d'.-]*$/u.test(t.text) && t.text.length > 1).length;
    // a headline is in title case when ordinary words are capitalised ("Talks Stall Over Border");
    // a line of names ("Ludmila Engquist ( Sweden ) 12.74") only looks like one
    const ordinaryCaps = wordsIn.filter((t) => /^\p{Lu}/u.test(t.text) && (FUNCTION_WORDS.has(t.text.toLowerCase()) || (t.pos !== 'PROPN' && t.pos !== 'NOUN'))).length;
    // a line with several figures is a table row or a result ("Stockport 1 Bury 4 Watford 2"), not a headline
    const figures = tokens.slice(first, i).filter((t) => /^\d/.test(t.text)).length;
    // title case keeps its short function words in lower case ("Talks Resume on Nile Dam"); a line of names has none
    const lowerFunction = wordsIn.some((t) => FUNCTION_WORDS.has(t.text));
    const titleCase =
      (para.role === 'headline' && wordsIn.length >= 3 && caps / wordsIn.length > 0.6 && (ordinaryCaps / caps >= 0.25 || lowerFunction) && figures < 3) ||
      (wordsIn.length >= 2 && allCaps / wordsIn.length >= 0.8);
    ranges.push({ first, last: i - 1, titleCase });
  }
  return ranges;
}
