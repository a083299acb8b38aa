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
  return { tokens, sentences };
}
