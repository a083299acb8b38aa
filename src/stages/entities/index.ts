import { need } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { resolveGeo } from './geo.js';
import { groupMentions } from './group.js';
import { linkNominals } from './nominals.js';
import { recognise } from './recognise.js';

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
    // token ranges per sentence; a headline in title case is read word by word
    const ranges: Array<{ first: number; last: number; titleCase: boolean }> = [];
    let i = 0;
    for (let s = 0; s < sentences.length; s++) {
      const first = i;
      while (i < tokens.length && tokens[i].sentence === s) i++;
      if (i === first) continue;
      const para = paragraphs[sentences[s].paragraph];
      const wordsIn = tokens.slice(first, i).filter((t) => /^\p{L}/u.test(t.text));
      const caps = wordsIn.filter((t) => /^\p{Lu}/u.test(t.text)).length;
      const titleCase = para.role === 'headline' && wordsIn.length >= 3 && caps / wordsIn.length > 0.6;
      ranges.push({ first, last: i - 1, titleCase });
    }
    const view = need(doc, 'view');
    const bodyText = paragraphs.filter((p) => p.role !== 'headline').map((p) => view.text.slice(view.toClean(p.start), view.toClean(p.end))).join('\n');
    const raw = recognise({ tokens, ranges, kb: ctx.kb, published: doc.meta.published, bodyText });
    const entities = groupMentions(raw, ctx.kb);
    linkNominals(entities, tokens, ranges);
    resolveGeo(entities, ctx.kb);
    for (const e of entities as Array<Entity & { _key?: string; _place?: string }>) {
      delete e._key;
      delete e._place;
      e.mentions.sort((a, b) => a.start - b.start);
    }
    return { layers: { entities } };
  },
});
