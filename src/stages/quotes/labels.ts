import type { Ctx, Tok } from './context.js';
import { makeFound, type Found } from './found.js';
import { isMarkTok, isOpeningMark, trimEnd } from './phrases.js';

/** Labels that open a paragraph with a colon but name no speaker. */
const NOT_SPEAKERS = new Set([
  'update', 'updated', 'note', 'editor', 'editors', 'photo', 'photos', 'source', 'sources', 'related', 'read', 'watch', 'video',
  'breaking', 'exclusive', 'warning', 'abstract', 'text', 'transcript', 'correction', 'clarification', 'disclaimer', 'summary',
  'background', 'analysis', 'opinion', 'comment', 'listen', 'see', 'also', 'more', 'full', 'advertisement', 'subscribe', 'tags',
  'tag', 'share', 'credit', 'image', 'images', 'caption', 'contact', 'email', 'phone', 'tel', 'fax', 'web', 'website', 'address',
  'date', 'time', 'location', 'where', 'when', 'what', 'why', 'how', 'who', 'details', 'detail', 'example', 'for', 'the', 'in', 'here', 'this', 'that', 'it', 'there',
  'today', 'yesterday', 'now', 'live', 'bottom', 'line', 'question', 'answer', 'tip', 'ps', 'p.s', 'nb', 'edit', 'addendum',
  'reporting', 'writing', 'additional', 'graphic', 'map', 'chart', 'table', 'figure', 'fig', 'results', 'key', 'points',
  'quote', 'quotes', 'headline', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** "PENCE: ...", "Pence: Flowers won't be at debate" — a speaker's name and a colon opening a paragraph. */
export function findSpeakerLabels(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  let lastPara = -1;
  for (let u = 0; u < ctx.units.length; u++) {
    const unit = ctx.units[u];
    if (unit.para === lastPara) continue;
    lastPara = unit.para;
    let a = unit.first;
    while (a <= unit.last && isMarkTok(ctx, toks[a])) a++;
    let k = a;
    while (k <= unit.last && k - a < 8 && toks[k].text !== ':') k++;
    if (k > unit.last || toks[k].text !== ':' || k === a || k + 1 > unit.last) continue;
    const name = toks.slice(a, k);
    if (name.some((t) => NOT_SPEAKERS.has(t.lower.replace(/\.$/, '')))) continue;
    const capital = (t: Tok): boolean => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) && !/^(?:AUX|ADP|DET|CCONJ|SCONJ|PRON)$/.test(t.pos);
    // "Clinton camp:", "WSJ editorial:" — a name with a common noun after it
    const nameAndNoun = name.length <= 3 && capital(name[0]) && name[0].pos === 'PROPN' && name.every((t) => capital(t) || t.pos === 'NOUN');
    if (name.length > 4 || (!name.every(capital) && !nameAndNoun)) {
      // "Former secretary of state Hillary Rodham Clinton: “...”" — a described speaker, then a quotation
      const described = name.every((t) => capital(t) || t.pos === 'ADJ' || t.pos === 'NOUN' || t.lower === 'of' || t.lower === 'the') && capital(name[name.length - 1]) && name[name.length - 1].pos === 'PROPN';
      if (!described || !isOpeningMark(ctx, toks[k + 1])) continue;
    }
    if (/^\d/.test(toks[k + 1].text)) continue; // "Score: 3-1", times
    // the content: the rest of the paragraph
    let lastUnit = u;
    while (ctx.units[lastUnit + 1] && ctx.units[lastUnit + 1].para === unit.para) lastUnit++;
    const end = ctx.units[lastUnit].last;
    const b = trimEnd(ctx, k + 1, end);
    if (b < k + 1) continue;
    out.push(makeFound(ctx, { source: { first: a, last: k - 1 }, cue: { first: k, last: k }, content: { first: k + 1, last: b }, unit: u, rank: 8 }));
    used.add(k);
  }
  return out;
}

/**
 * "... doesn’t surprise pollster Daron Shaw: “...”", "More from Jones: “...”", "- Carl Bialik: “...”":
 * a name before a colon inside a sentence, and the quotation after it.
 */
export function findNamedColons(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let k = 1; k + 1 < toks.length; k++) {
    const colon = toks[k];
    if (colon.text !== ':' || colon.quote >= 0 || used.has(k) || !isOpeningMark(ctx, toks[k + 1])) continue;
    const unit = ctx.units[colon.unit];
    if (unit.titleCase || toks[k - 1].pos !== 'PROPN' || k - 1 === unit.first) continue;
    // the name, then the title words before it ("Republican pollster Daron Shaw")
    let j = k - 1;
    while (j > unit.first && (toks[j - 1].pos === 'PROPN' || /^\p{Lu}\.?$/u.test(toks[j - 1].text)) && k - j < 6) j--;
    if (j > unit.first && toks[j - 1].pos === 'NOUN' && /^\p{Ll}/u.test(toks[j - 1].text)) {
      while (j > unit.first && ((toks[j - 1].pos === 'NOUN' && /^\p{Ll}/u.test(toks[j - 1].text)) || toks[j - 1].pos === 'ADJ' || toks[j - 1].pos === 'PROPN') && k - j < 8) j--;
    }
    if (toks.slice(j, k).some((t) => NOT_SPEAKERS.has(t.lower))) continue;
    // the quotation, to its closing mark
    const q = toks[k + 1].quote;
    let last = k + 1;
    while (last + 1 < toks.length && toks[last + 1].quote === q) last++;
    const b = trimEnd(ctx, k + 1, last);
    if (b <= k + 1) continue;
    out.push(makeFound(ctx, { source: { first: j, last: k - 1 }, cue: { first: k, last: k }, content: { first: k + 1, last: b }, unit: colon.unit, rank: 40, kind: 'direct' }));
    used.add(k);
  }
  return out;
}
