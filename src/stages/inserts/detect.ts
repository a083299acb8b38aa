import type { Insert, Span } from '../../core/types.js';

/**
 * Editorial inserts: words a republisher put into the author's text. Found by shape, not by
 * a list of labels:
 *  - a parenthesis or bracket whose content starts with an asterisk: "(*aggressor country)";
 *  - an editor's note in brackets: "[Editor's note: ...]", "[Ed.: ...]", "(ed.)";
 *  - a short parenthetical label repeated verbatim (3 or more times) right after names,
 *    which is how tagging sites mark an actor every time it appears.
 */
const STARRED = /[(\[]\*\s*([^()\[\]\n]{1,80}?)\s*[)\]]/g;
const EDITOR_NOTE = /\[\s*(?:editor'?s?\s+note|ed\.?\s*note|ed\.|note\s+from\s+the\s+editor)\s*[:\-–—]?\s*([^\]\n]{0,300})\]|\((ed\.|editor'?s note)\)/gi;
const PARENTHETICAL = /\(([^()\n]{2,60})\)/g;

export function detectInserts(text: string): Insert[] {
  const found = new Map<number, Insert>();
  const add = (start: number, end: number, label: string) => {
    if (!found.has(start)) found.set(start, { start, end, label: label.trim(), attachedTo: attachedWord(text, start) });
  };
  for (const m of text.matchAll(STARRED)) add(m.index!, m.index! + m[0].length, m[1]);
  for (const m of text.matchAll(EDITOR_NOTE)) add(m.index!, m.index! + m[0].length, (m[1] ?? m[2] ?? 'editor note') || 'editor note');

  // repeated labels after names: same content, each time following a capitalised word
  const byLabel = new Map<string, RegExpMatchArray[]>();
  for (const m of text.matchAll(PARENTHETICAL)) {
    const label = m[1].trim();
    if (/\d/.test(label) || label.split(/\s+/).length > 6) continue; // figures, years, long asides are the author's
    const key = label.toLowerCase();
    if (!byLabel.has(key)) byLabel.set(key, []);
    byLabel.get(key)!.push(m);
  }
  for (const [, ms] of byLabel) {
    if (ms.length < 3) continue;
    const afterNames = ms.filter((m) => /\p{Lu}[\p{L}\p{M}'’.-]*\s*$/u.test(text.slice(Math.max(0, m.index! - 40), m.index!)));
    if (afterNames.length < ms.length) continue; // an abbreviation "(NATO)" defined once is not repeated; a real aside sits anywhere
    // an acronym gloss such as "(EU)" repeats after names too: labels are lower-case words
    if (!/^\p{Ll}/u.test(ms[0][1].trim())) continue;
    for (const m of ms) add(m.index!, m.index! + m[0].length, m[1]);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The word an insert follows, when it directly follows one. */
function attachedWord(text: string, start: number): Span | null {
  let end = start;
  while (end > 0 && /[ \t]/.test(text[end - 1])) end--;
  let s = end;
  while (s > 0 && /[\p{L}\p{M}\p{N}'’.-]/u.test(text[s - 1])) s--;
  return s < end ? { start: s, end } : null;
}

/** The stretches to remove from the clean view: each insert with the spaces before it. */
export function removedStretches(text: string, inserts: readonly Insert[]): Span[] {
  const out: Span[] = [];
  for (const ins of inserts) {
    let start = ins.start;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    // at the start of a line keep the line start and eat the spaces after instead
    let end = ins.end;
    if (start === 0 || text[start - 1] === '\n') {
      start = ins.start;
      while (end < text.length && /[ \t]/.test(text[end])) end++;
    }
    const prev = out[out.length - 1];
    if (prev && start < prev.end) prev.end = Math.max(prev.end, end);
    else out.push({ start, end });
  }
  return out;
}
