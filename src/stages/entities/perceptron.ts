/**
 * A multi-class averaged perceptron over sparse string features: small, fast, and trained
 * offline (scripts/train-chunk-types.mjs); the weights ship as JSON.
 */
export interface PerceptronModel {
  labels: string[];
  /** feature -> weights per label (same order as labels), averaged. */
  weights: Record<string, number[]>;
}

export function predict(model: PerceptronModel, features: readonly string[]): { label: string; margin: number } {
  const scores = new Array(model.labels.length).fill(0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let i = 0; i < w.length; i++) scores[i] += w[i];
  }
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
  let second = -Infinity;
  for (let i = 0; i < scores.length; i++) if (i !== best && scores[i] > second) second = scores[i];
  return { label: model.labels[best], margin: scores[best] - second };
}

/** Trains on (features, label) examples; returns the averaged model, rounded for a compact file. */
export function train(examples: Array<{ features: string[]; label: string }>, labels: string[], epochs = 10, seed = 1): PerceptronModel {
  const L = labels.length;
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let c = 1;
  const get = (m: Map<string, Float64Array>, f: string) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(L)));
    return v;
  };
  const update = (f: string, li: number, delta: number) => {
    const wv = get(w, f);
    const tv = get(totals, f);
    const sv = get(stamps, f);
    tv[li] += (c - sv[li]) * wv[li];
    sv[li] = c;
    wv[li] += delta;
  };
  let rnd = seed;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = examples[k];
      const scores = new Float64Array(L);
      for (const f of ex.features) {
        const v = w.get(f);
        if (v) for (let i = 0; i < L; i++) scores[i] += v[i];
      }
      let guess = 0;
      for (let i = 1; i < L; i++) if (scores[i] > scores[guess]) guess = i;
      const truth = labels.indexOf(ex.label);
      if (guess !== truth) {
        for (const f of ex.features) {
          update(f, truth, 1);
          update(f, guess, -1);
        }
      }
      c++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wv] of w) {
    const tv = totals.get(f)!;
    const sv = stamps.get(f)!;
    const avg = Array.from(wv, (x, i) => Math.round(((tv[i] + (c - sv[i]) * x) / c) * 1000) / 1000);
    if (avg.some((x) => x !== 0)) weights[f] = avg;
  }
  return { labels, weights };
}
