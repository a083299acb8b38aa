import { defineStage } from '../../pipeline/define-stage.js';

// scaffold: replaced by the real stage in this change
export const quantitiesStage = defineStage({
  name: 'quantities',
  version: 0,
  requires: ["view", "sentences", "tokens", "paragraphs"],
  produces: ['quantities'],
  run() {
    return { layers: { quantities: [] } };
  },
});
