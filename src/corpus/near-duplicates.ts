// Near-copies: republished texts with a few words changed or editorial inserts added. Word
// 3-shingles of the text (inserts removed) → a 128-value MinHash signature → 32 LSH bands of 4;
// articles sharing a band are candidates, and a candidate whose estimated Jaccard similarity
// reaches NEAR_COPY_SIMILARITY is the original the new article is linked to.
import type { Span } from '../core/types.js';

export const SIGNATURE_SIZE = 128;
export const BAND_ROWS = 4;
export const NEAR_COPY_SIMILARITY = 0.6;
const SHINGLE = 3;

/** The text without editorial inserts, as words (lower case, letters and digits). */
export function words(text: string, inserts: readonly Span[] = []): string[] {
  let clean = text;
  for (const s of [...inserts].sort((a, b) => b.start - a.start)) clean = clean.slice(0, s.start) + ' ' + clean.slice(s.end);
  return clean.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over a string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix((i + 1) * 0x9e3779b1));

/** The MinHash signature of a text's word shingles (short texts: the whole text is one shingle). */
export function signature(text: string, inserts: readonly Span[] = []): number[] {
  const w = words(text, inserts);
  const hashes = new Set<number>();
  if (w.length < SHINGLE) hashes.add(fnv1a(w.join(' ')));
  for (let i = 0; i + SHINGLE <= w.length; i++) hashes.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = fmix(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** The LSH band keys of a signature ("b7:1a2b3c4d"): two articles sharing one are candidates. */
export function bands(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b * BAND_ROWS < sig.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix(h ^ sig[b * BAND_ROWS + r]);
    out.push(`b${b}:${h.toString(16).padStart(8, '0')}`);
  }
  return out;
}

/** The estimated Jaccard similarity of two signatures: the share of equal positions. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || !a.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
