import { need } from '../../core/doc.js';
import type { SentenceVoice, Token } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { voiceOfSentence } from './classify.js';

/** Gives every sentence its voice: the author's assertion, reported speech, rumour, speculation or a question. */
export const voiceStage = defineStage({
  name: 'voice',
  version: 1,
  requires: ['view', 'sentences', 'tokens', 'quotes'],
  produces: ['voices'],
  run(doc) {
    const view = need(doc, 'view');
    const sentences = need(doc, 'sentences');
    const tokens = need(doc, 'tokens');
    const quotes = need(doc, 'quotes');
    const bySentence: Token[][] = sentences.map(() => []);
    for (const t of tokens) bySentence[t.sentence]?.push(t);
    const voices: SentenceVoice[] = sentences.map((s, i) => voiceOfSentence(i, s, bySentence[i], quotes, doc.text, view));
    return { layers: { voices } };
  },
});
