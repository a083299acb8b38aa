import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** The wink-nlp instance, loaded once per process (the model takes ~100 ms to load). */
export function wink(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return nlp;
}

export interface WinkToken {
  text: string;
  pos: string;
  lemma: string;
  /** Offset in the analysed string. */
  start: number;
  end: number;
}

/** Sentences (as token ranges) and tokens with offsets into `text`. */
export function analyse(text: string): { tokens: WinkToken[]; sentences: Array<[number, number]> } {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const texts = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    let at = text.indexOf(t, cursor);
    // wink may normalise a token (rare); fall back to the next non-space character
    if (at < 0 || at - cursor > 64) {
      at = cursor;
      while (at < text.length && /\s/.test(text[at])) at++;
    }
    const end = Math.min(text.length, at + t.length);
    tokens.push({ text: text.slice(at, end), pos: pos[i], lemma: lemmas[i], start: at, end });
    cursor = end;
  }
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    sentences.push([a, b]);
  });
  return joinSplitWords(tokens, sentences);
}

/** A letter outside Latin-1 ("ń", "š", "Ł", "ộ"): wink's tokenizer cuts words at such letters. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const LETTER_END = /[\p{L}\p{M}]$/u;
const LETTER_START = /^[\p{L}\p{M}]/u;

/**
 * Joins the pieces wink cuts a word into at letters outside Latin-1 ("Toru" + "ń", "Ł" + "ód" + "ź"),
 * so that "Toruń", "Łódź" and "Košice" are one token each, and renumbers the sentences' token ranges.
 * Pieces join only where they touch and the letters at the cut are such letters.
 */
export function joinSplitWords(tokens: WinkToken[], sentences: Array<[number, number]>): { tokens: WinkToken[]; sentences: Array<[number, number]> } {
  const out: WinkToken[] = [];
  /** The joined token each of wink's tokens went into. */
  const into: number[] = [];
  const pieces: WinkToken[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const cut = prev && prev.end === t.start && LETTER_END.test(prev.text) && LETTER_START.test(t.text);
    if (cut && (BEYOND_LATIN1.test(prev.text.slice(-1)) || BEYOND_LATIN1.test(t.text[0]))) {
      pieces[pieces.length - 1].push(t);
      prev.text += t.text;
      prev.end = t.end;
    } else {
      out.push({ ...t });
      pieces.push([t]);
    }
    into.push(out.length - 1);
  }
  if (out.length === tokens.length) return { tokens, sentences };
  for (let k = 0; k < out.length; k++) {
    if (pieces[k].length === 1) continue;
    const word = out[k];
    // a capitalised word is a name ("Łódź"); otherwise the first piece wink could tag says what the word is
    word.pos = /^\p{Lu}/u.test(word.text) ? 'PROPN' : pieces[k].find((p) => p.pos !== 'X')?.pos ?? 'NOUN';
    word.lemma = word.text.toLowerCase();
  }
  const renumbered: Array<[number, number]> = [];
  for (const [a, b] of sentences) {
    const range: [number, number] = [into[a], into[b]];
    const last = renumbered[renumbered.length - 1];
    // a sentence break inside a joined word is no break
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else renumbered.push(range);
  }
  return { tokens: out, sentences: renumbered };
}
