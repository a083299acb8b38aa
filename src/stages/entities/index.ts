import { defineStage } from '../../pipeline/define-stage.js';

// scaffold: replaced by the real stage in this change
export const entitiesStage = defineStage({
  name: 'entities',
  version: 0,
  requires: ["view", "sentences", "tokens", "paragraphs"],
  produces: ['entities'],
  run() {
    return { layers: { entities: [] } };
  },
});
