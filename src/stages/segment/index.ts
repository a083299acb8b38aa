import { need } from '../../core/doc.js';
import type { Sentence, Token } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { repairSentences } from './repair.js';
import { analyse } from './wink.js';

/** Sentences and tokens (POS, lemma) per paragraph with wink-nlp; offsets into the source text. */
export const segmentStage = defineStage({
  name: 'segment',
  version: 2,
  requires: ['view', 'paragraphs'],
  produces: ['sentences', 'tokens'],
  run(doc) {
    const view = need(doc, 'view');
    const paragraphs = need(doc, 'paragraphs');
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    paragraphs.forEach((para, p) => {
      const cs = view.toClean(para.start);
      const ce = view.toClean(para.end);
      const text = view.text.slice(cs, ce);
      const res = analyse(text);
      for (const [a, b] of repairSentences(res.tokens, res.sentences)) {
        if (b < a || !res.tokens[a]) continue;
        const sIndex = sentences.length;
        const span = view.sourceSpan(cs + res.tokens[a].start, cs + res.tokens[b].end);
        sentences.push({ ...span, paragraph: p });
        for (let i = a; i <= b; i++) {
          const t = res.tokens[i];
          const prevEnd = i > 0 ? res.tokens[i - 1].end : 0;
          tokens.push({ ...view.sourceSpan(cs + t.start, cs + t.end), text: t.text, pos: t.pos, lemma: t.lemma, sentence: sIndex, space: t.start > prevEnd });
        }
      }
    });
    return { layers: { sentences, tokens } };
  },
});
