import type { Paragraph, Span, ZoneRole } from '../../core/types.js';

/** Paragraphs of the clean view (in clean offsets): runs of text between line breaks. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    let start = m.index!;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

// Credit lines that say where a text was first published. The outlet is the capitalised name at the end.
const ORIGIN_CUES = [
  /\b(?:details|more|read more|full story|the full (?:story|text|article))\b[^.\n]{0,40}?\b(?:in|at|on|from)\b\s+(?:the\s+)?(?:material|article|report|story|piece)s?\s+(?:of|by|from)\s+(?:the\s+|our\s+)?(?:correspondents?|journalists?|reporters?|authors?|editors?)?\s*(?:of|from|at)?\s*/i,
  /\b(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:in|on|by|at)\s+/i,
  /\b(?:republished|reprinted|reproduced|translated)\s+(?:from|with (?:the )?permission (?:of|from)|courtesy of)\s+/i,
  /^(?:source|via|courtesy of|based on (?:a |the )?(?:material|report|article)s? (?:of|by|from))\s*[:\-–—]?\s+/i,
  /\bthis (?:article|story|material|piece) (?:was|is) (?:originally |first )?(?:published|produced|written) (?:by|in|for|on)\s+/i,
];
const OUTLET_AT_END = /((?:The\s+)?(?:[\p{Lu}\d][\p{L}\p{M}\d'’&.-]*)(?:\s+(?:of\s+|the\s+|de\s+|and\s+|&\s+)?[\p{Lu}\d][\p{L}\p{M}\d'’&.-]*){0,6})\s*[.!]?\s*$/u;

export interface OriginFinding {
  outlet: string;
  /** Clean-view span of the credit line. */
  evidence: Span;
}

/** A credit line naming where the text comes from, if this paragraph is one. */
export function findOrigin(text: string, para: Span): OriginFinding | null {
  const line = text.slice(para.start, para.end);
  if (line.length > 220) return null;
  for (const cue of ORIGIN_CUES) {
    const m = cue.exec(line);
    if (!m) continue;
    const rest = line.slice(m.index + m[0].length);
    const o = OUTLET_AT_END.exec(rest);
    if (!o) continue;
    const outlet = o[1].replace(/[.\s]+$/, '');
    if (outlet.length < 2) continue;
    return { outlet, evidence: { ...para } };
  }
  return null;
}

const CAPTION = /^(?:photo|image|picture|pictured|video|illustration|file photo)\b|\b(?:photo|image|picture|credit|illustration)\s*(?:by\b|:)|\(photo\b|https?:\/\/\S+\s*$/i;
const CREDIT = /^(?:©|\(c\)|copyright\b|all rights reserved|share (?:this|on)\b|follow us\b|subscribe\b|tags?\s*:|related\s*:|read also\s*:|see also\s*:)/i;

/** What a paragraph is: body text, a headline, a photo caption or a credit line. */
export function roleOf(text: string, para: Span, index: number, count: number): ZoneRole {
  const line = text.slice(para.start, para.end);
  if (CREDIT.test(line)) return 'credit';
  if (CAPTION.test(line) && line.length < 400) return 'caption';
  const words = line.split(/\s+/).length;
  // straight quotes close sentences too ("... changing.''" in texts that write quotation marks as two apostrophes)
  const endsLikeSentence = /[.!?…"”’')\]:;]$/.test(line);
  if (!endsLikeSentence && words <= 14 && count > 1 && index < count - 1) return 'headline';
  return 'body';
}

export function zones(text: string): Array<Paragraph & { origin?: OriginFinding }> {
  const paras = splitParagraphs(text);
  return paras.map((p, i) => {
    const origin = findOrigin(text, p);
    if (origin) return { ...p, role: 'origin' as const, origin };
    return { ...p, role: roleOf(text, p, i, paras.length) };
  });
}
