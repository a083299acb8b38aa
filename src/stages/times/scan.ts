// One stretch of clean text (a paragraph) with its tokens, in offsets relative to that stretch:
// what the recognition rules look at around a match.

export interface ScanToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  /** Index of the token's sentence within the document. */
  sentence: number;
}

export class Scan {
  #tokens: readonly ScanToken[] | undefined;
  #make: (() => readonly ScanToken[]) | undefined;

  /** `tokens` may be given as a function: they are then built on first use (many stretches never need them). */
  constructor(
    readonly text: string,
    tokens: readonly ScanToken[] | (() => readonly ScanToken[]),
  ) {
    if (typeof tokens === 'function') this.#make = tokens;
    else this.#tokens = tokens;
  }

  get tokens(): readonly ScanToken[] {
    if (this.#tokens === undefined) {
      this.#tokens = this.#make!();
      this.#make = undefined;
    }
    return this.#tokens;
  }

  /** Index of the first token that ends after `offset` (the token at or after it); tokens.length if none. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The token covering `offset`, if any. */
  tokenAt(offset: number): ScanToken | undefined {
    const t = this.tokens[this.indexAt(offset)];
    return t && t.start <= offset ? t : undefined;
  }

  /** The last token ending at or before `offset`. */
  before(offset: number): ScanToken | undefined {
    return this.tokens[this.indexAt(offset) - 1];
  }

  /** The first token starting at or after `offset`. */
  after(offset: number): ScanToken | undefined {
    const i = this.indexAt(offset);
    const t = this.tokens[i];
    if (t && t.start < offset) return this.tokens[i + 1];
    return t;
  }

  /** The word (letters, digits, apostrophes, periods inside) just before `offset`, lower-cased; '' if none. */
  wordBefore(offset: number): string {
    const m = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)\s*$/u.exec(this.text.slice(Math.max(0, offset - 40), offset));
    return m ? m[1].toLowerCase().replace(/\.$/, '') : '';
  }

  /** The word just after `offset`, lower-cased; '' if none. */
  wordAfter(offset: number): string {
    const m = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(this.text.slice(offset, offset + 40));
    return m ? m[1].toLowerCase() : '';
  }

  /** The raw characters just before / after a span (up to n). */
  charsBefore(offset: number, n = 1): string {
    return this.text.slice(Math.max(0, offset - n), offset);
  }
  charsAfter(offset: number, n = 1): string {
    return this.text.slice(offset, offset + n);
  }

  /** True when nothing but opening punctuation stands between the sentence start and `offset`. */
  startsSentence(offset: number): boolean {
    const i = this.indexAt(offset);
    const t = this.tokens[i];
    if (!t) return false;
    for (let j = i - 1; j >= 0; j--) {
      const p = this.tokens[j];
      if (p.sentence !== t.sentence) return true;
      if (!/^[“"‘'`(\[«—–-]+$/.test(p.text)) return false;
    }
    return true;
  }

  /** True when the text is written without capitals (chat-style input), where casing says nothing. */
  get lowercaseText(): boolean {
    return this.#lower ??= !/\p{Lu}/u.test(this.text);
  }
  #lower: boolean | undefined;

  /** True when most words are capitalised (a title-case headline), where a capital marks no name. */
  get titleCase(): boolean {
    if (this.#title === undefined) {
      const words = this.text.match(/\p{L}+/gu) ?? [];
      const long = words.filter((w) => w.length > 3);
      this.#title = long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.8;
    }
    return this.#title;
  }
  #title: boolean | undefined;
}
