import { need } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { resolveGeo } from './geo.js';
import { groupMentions } from './group.js';
import { linkNominals } from './nominals.js';
import { chunkClassifier } from './chunk-classifier.js';
import { recognise } from './recognise.js';
import { sentenceRanges } from './ranges.js';

/**
 * Names of people, organisations, states, places, groups, laws and events; one entity per
 * real-world thing with all its mentions, roles from titles, countries, sectors and coordinates.
 */
export const entitiesStage = defineStage({
  name: 'entities',
  version: 1,
  requires: ['view', 'paragraphs', 'sentences', 'tokens'],
  produces: ['entities'],
  run(doc, ctx) {
    const tokens = need(doc, 'tokens');
    const sentences = need(doc, 'sentences');
    const paragraphs = need(doc, 'paragraphs');
    const ranges = sentenceRanges(tokens, sentences, paragraphs);
    const view = need(doc, 'view');
    // the text outside headlines, where a headline's names must recur to count
    const headlineSentences = new Set(ranges.filter((r) => r.titleCase).map((r) => tokens[r.first].sentence));
    const bodyText = sentences.filter((s, i) => paragraphs[s.paragraph].role !== 'headline' && !headlineSentences.has(i)).map((s) => view.text.slice(view.toClean(s.start), view.toClean(s.end))).join('\n');
    const classifier = ctx.options.chunkModel === false ? undefined : chunkClassifier();
    const raw = recognise({ tokens, ranges, kb: ctx.kb, published: doc.meta.published, bodyText, classifier });
    const entities = groupMentions(raw, ctx.kb);
    linkNominals(entities, tokens, ranges);
    resolveGeo(entities, ctx.kb, view.text);
    for (const e of entities as Array<Entity & { _key?: string; _place?: string }>) {
      delete e._key;
      delete e._place;
      e.mentions.sort((a, b) => a.start - b.start);
    }
    return { layers: { entities } };
  },
});
