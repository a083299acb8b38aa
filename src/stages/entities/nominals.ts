import type { Entity, Token } from '../../core/types.js';
import { TITLE_HEADS, TITLE_WORDS } from './lexicon.js';

/**
 * Title-only references ("the Armenian prime minister", "the Russian Prime Minister") become
 * `nominal` mentions of the person who holds that title in the article.
 */
export function linkNominals(entities: Entity[], tokens: readonly Token[], ranges: Array<{ first: number; last: number }>): void {
  const people = entities.filter((e) => e.type === 'PERSON' && e.roles?.length);
  if (!people.length) return;
  const byNorp = new Map<number, Entity>();
  const covered = new Set<number>();
  for (const e of entities) for (const m of e.mentions) {
    for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= m.start && tokens[k].end <= m.end) {
      covered.add(k);
      if (e.type === 'NORP' || e.type === 'GPE') byNorp.set(k, e);
    }
  }
  for (const r of ranges) {
    for (let k = r.first; k <= r.last; k++) {
      if (tokens[k].text.toLowerCase() !== 'the') continue;
      let x = k + 1;
      const norp = byNorp.get(x);
      if (norp) x++;
      const titleStart = x;
      let head = false;
      while (x <= r.last && TITLE_WORDS.has(tokens[x].text.toLowerCase()) && tokens[x].text !== 'of' && !covered.has(x)) {
        if (TITLE_HEADS.has(tokens[x].text.toLowerCase())) head = true;
        x++;
      }
      if (!head || x === titleStart) continue;
      // not followed by a name (then it is a title before the name, already read)
      if (x <= r.last && covered.has(x)) continue;
      const title = tokens.slice(titleStart, x).map((t) => t.text.toLowerCase()).join(' ');
      const match = people.filter((p) => p.roles!.some((ro) => ro.title.toLowerCase() === title) && (!norp || p.country === norp.country));
      if (match.length !== 1) continue;
      match[0].mentions.push({ start: tokens[k].start, end: tokens[x - 1].end, kind: 'nominal' });
    }
  }
}
