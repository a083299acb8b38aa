import fs from 'node:fs';
import { predict, type PerceptronModel } from './perceptron.js';

/** Where the trained chunk-type model lives: models/ at the project root (dist/stages/entities → ../../../models). */
export const CHUNK_MODEL_URL = new URL('../../../models/chunk-types.json', import.meta.url);

let cached: ((features: string[]) => { label: string; margin: number }) | null | undefined;

/**
 * The chunk-type classifier trained on WikiGold (CC-BY 4.0), or undefined when the model file
 * is absent (the rules then fall back to their own defaults).
 */
export function chunkClassifier(): ((features: string[]) => { label: string; margin: number }) | undefined {
  if (cached === undefined) {
    cached = null;
    if (fs.existsSync(CHUNK_MODEL_URL)) {
      const model = JSON.parse(fs.readFileSync(CHUNK_MODEL_URL, 'utf8')) as PerceptronModel;
      cached = (features) => predict(model, features);
    }
  }
  return cached ?? undefined;
}
