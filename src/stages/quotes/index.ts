import { defineStage } from '../../pipeline/define-stage.js';

// scaffold: replaced by the real stage in this change
export const quotesStage = defineStage({
  name: 'quotes',
  version: 0,
  requires: ["view", "sentences", "tokens", "paragraphs", "entities"],
  produces: ['quotes'],
  run() {
    return { layers: { quotes: [] } };
  },
});
