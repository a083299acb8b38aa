import type { Paragraph, Sentence, Token } from '../../core/types.js';

export interface TokenRange {
  first: number;
  last: number;
  /** A headline in title case: its capitals say nothing, so its words are read one by one. */
  titleCase: boolean;
}

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
    const titleCase = (para.role === 'headline' && wordsIn.length >= 3 && caps / wordsIn.length > 0.6) || (wordsIn.length >= 2 && allCaps / wordsIn.length >= 0.8);
    ranges.push({ first, last: i - 1, titleCase });
  }
  return ranges;
}
