import type { Ctx, Tok } from './context.js';
import { isClosingMark, subjectBefore, type Range } from './phrases.js';

/** The main subject of a unit: the noun phrase before its first verb outside quotations. */
export function mainSubject(ctx: Ctx, lo: number, hi: number): Range | null {
  for (let i = lo; i <= hi; i++) {
    const t = ctx.toks[i];
    if (t.quote >= 0) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (i === lo) {
        // "Asked about the job, Bush thought ...": an opening participle phrase ends at its comma
        if (t.pos !== 'VERB' || !/(?:ed|ing)$/.test(t.lower)) return null;
        let comma = i + 1;
        while (comma <= hi && comma - i <= 12 && ctx.toks[comma].text !== ',') comma++;
        return comma < hi && ctx.toks[comma].text === ',' ? mainSubject(ctx, comma + 1, hi) : null;
      }
      // "Jessie Elkins, 70, had served ...": a subject with an apposition
      return subjectBefore(ctx, i - 1, lo) ?? (ctx.toks[i - 1].text === ',' ? appositiveSubject(ctx, i - 1, lo) : null);
    }
  }
  return null;
}

export const CLAUSE_EDGE = /^(?:,|—|–|;|:|and|but|or|so|yet|while|because|as|though|although|if|when|after|before|since)$/;

/**
 * "Scott Goodstein, its chief executive officer, said" / "Mr. Reid, who represents Nevada, said":
 * a name, then a stretch between commas, then the verb. `comma` is the comma before the verb.
 */
export function appositiveSubject(ctx: Ctx, comma: number, lo: number): Range | null {
  const toks = ctx.toks;
  const sep = (t: Tok): boolean => t.text === ',' || t.text === '—' || t.text === '–';
  let m = comma - 1;
  // "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said": a description ("a retired
  // teacher ...") may itself stand between commas; the name before it is the head
  let described: Range | null = null;
  for (let tries = 0; tries < 4; tries++) {
    while (m >= lo && comma - m <= 45 && !sep(toks[m]) && !isClosingMark(ctx, toks[m]) && toks[m].text !== '(' && toks[m].text !== ';') m--;
    if (m < lo || !sep(toks[m]) || comma - m <= 1) return described;
    const head = subjectBefore(ctx, m - 1, lo);
    if (head) {
      const before = head.first - 1;
      const atEdge = before < lo || CLAUSE_EDGE.test(toks[before].lower) || isClosingMark(ctx, toks[before]);
      const named = toks.slice(head.first, head.last + 1).some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN' || /^\p{Lu}/u.test(t.text));
      if (atEdge && named && !head.antecedent) {
        // "The minister, in turn, said" / "Moscow, however, said": an adverbial between the commas
        // is no part of the source
        const found = adverbialStretch(toks.slice(m + 1, comma)) ? { first: head.first, last: head.last } : { first: head.first, last: comma - 1 };
        const first = toks[head.first];
        const description = first.pos === 'DET' && /^(?:a|an)$/.test(first.lower) && before >= lo && toks[before].text === ',';
        if (!description) return found;
        described ??= found;
      }
    }
    m--;
  }
  return described;
}

/** "in turn", "for its part", "however": a stretch that is an adverbial, not an apposition ("of Ohio", "from Ohio" are). */
function adverbialStretch(stretch: readonly Tok[]): boolean {
  if (!stretch.length) return false;
  if (stretch.every((t) => t.pos === 'ADV')) return true;
  const first = stretch[0];
  return first.pos === 'ADP' && first.lower !== 'of' && first.lower !== 'from';
}
