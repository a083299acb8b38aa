import { need } from '../../core/doc.js';
import type { Time } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { parseAnchor } from './calendar.js';
import { recognise } from './recognise.js';
import { noteNarrative, notePeriod, noteQuarter, resolve, type ResolveContext } from './resolve.js';
import { Scan, type ScanToken } from './scan.js';
import { arrangesAhead, clauseOf, hasPastOrFuture, pastPerfect, tenseNear } from './tense.js';

/** Paragraph roles whose text is the author's: captions and credit lines carry URLs and photo dates. */
const TAGGED_ROLES = new Set(['body', 'headline']);

/**
 * Time expressions (TIMEX3 values, TempEval-3 style) in body and headline paragraphs, resolved
 * against `meta.published`: rules over the clean text find them (recognise.ts), the tense of
 * their clause and the document's context anchor them (resolve.ts). Without a publication date
 * only absolute dates get calendar values; relative ones become PAST_REF / PRESENT_REF /
 * FUTURE_REF or an unresolved form (XXXX-01).
 */
export const timesStage = defineStage({
  name: 'times',
  version: 1,
  requires: ['view', 'sentences', 'tokens', 'paragraphs'],
  produces: ['times'],
  run(doc) {
    const view = need(doc, 'view');
    const paragraphs = need(doc, 'paragraphs');
    const tokens = need(doc, 'tokens');
    // a cheap literal check first: most documents never mention a quarter
    const quarterly = /quarter|q[1-4]/i.test(view.text)
      && /\b(?:first|second|third|fourth|latest|year-ago|year-earlier)[-\s]quarter\b|\bquarterly\b|\bQ[1-4]\b/i.test(view.text);
    const ctx: ResolveContext = { anchor: parseAnchor(doc.meta.published), tense: null, ahead: null, looseToday: false, quarterly };
    const times: Time[] = [];

    // tokens in clean offsets, grouped by paragraph (tokens and paragraphs are both in text order)
    let k = 0;
    paragraphs.forEach((para) => {
      const ps = view.toClean(para.start);
      const pe = view.toClean(para.end);
      while (k < tokens.length && view.toClean(tokens[k].start) < ps) k++;
      if (!TAGGED_ROLES.has(para.role)) return;
      const first = k;
      while (k < tokens.length && view.toClean(tokens[k].start) < pe) k++;
      const last = k;
      // the paragraph's tokens, relative to it, built only when a rule or the resolution asks for them
      let bySentence: Map<number, ScanToken[]> | undefined;
      const own = (): ScanToken[] => {
        const list: ScanToken[] = [];
        bySentence = new Map();
        for (let i = first; i < last; i++) {
          const t = tokens[i];
          const st: ScanToken = { start: view.toClean(t.start) - ps, end: view.toClean(t.end) - ps, text: t.text, lower: t.text.toLowerCase(), pos: t.pos, lemma: t.lemma, sentence: t.sentence };
          list.push(st);
          const same = bySentence.get(t.sentence);
          if (same) same.push(st);
          else bySentence.set(t.sentence, [st]);
        }
        return list;
      };
      const scan = new Scan(view.text.slice(ps, pe), own);
      for (const piece of recognise(scan)) {
        const sentence = scan.tokenAt(piece.start)?.sentence ?? scan.after(piece.start)?.sentence;
        const sentToks = sentence === undefined ? [] : bySentence!.get(sentence) ?? [];
        // the clause (a quotation inside its sentence) speaks first; the sentence's reporting verb second
        const clause = clauseOf(sentToks, piece.start, piece.end);
        const clauseTense = tenseNear(clause, piece.start, piece.end);
        ctx.tense = clauseTense ?? tenseNear(sentToks, piece.start, piece.end);
        ctx.ahead = aheadOf(scan.wordBefore(piece.start));
        ctx.planned = arrangesAhead(clause, piece.start);
        ctx.pastPerfect = pastPerfect(clause);
        // "Today Yerevan is negotiating ...": today as the present state of things, not a date
        ctx.looseToday = piece.spec.kind === 'relative' && !!piece.spec.loose && clauseTense !== 'past' && clauseTense !== 'future'
          && !hasPastOrFuture(clause) && !/^\s*[,]?\s*(?:is|was|will)\b/i.test(scan.text.slice(piece.end, piece.end + 6));
        const r = resolve(piece.spec, ctx);
        if (!r) continue;
        noteNarrative(r, ctx);
        notePeriod(piece.spec, r, ctx);
        noteQuarter(piece.spec, r, ctx, /\ban?\s+(?:[\p{L}-]+\s+)?$/iu.test(scan.charsBefore(piece.start, 24)));
        const span = view.sourceSpan(ps + piece.start, ps + piece.end);
        times.push({ ...span, value: r.value, granularity: r.granularity });
      }
    });
    return { layers: { times } };
  },
});

/**
 * What the preposition before an expression says about its direction: "since January" lies
 * behind the anchor; "until Tuesday", "by March" mostly ahead of it.
 */
function aheadOf(prev: string): ResolveContext['ahead'] {
  if (prev === 'since') return 'behind';
  if (prev === 'until' || prev === 'till' || prev === 'by') return 'ahead';
  return null;
}
