import { defineStage } from '../../pipeline/define-stage.js';

// scaffold: replaced by the real stage in this change
export const eventsStage = defineStage({
  name: 'events',
  version: 0,
  requires: ["view", "sentences", "tokens", "paragraphs", "entities", "times", "quotes"],
  produces: ['events'],
  run() {
    return { layers: { events: [] } };
  },
});
