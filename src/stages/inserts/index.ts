import { cleanView } from '../../core/clean-view.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { detectInserts, removedStretches } from './detect.js';

/** Finds editorial inserts and builds the clean view every later stage reads. */
export const insertsStage = defineStage({
  name: 'inserts',
  version: 1,
  requires: [],
  produces: ['inserts', 'view'],
  run(doc) {
    const inserts = detectInserts(doc.text);
    return { layers: { inserts, view: cleanView(doc.text, removedStretches(doc.text, inserts)) } };
  },
});
