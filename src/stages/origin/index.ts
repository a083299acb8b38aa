import { need } from '../../core/doc.js';
import type { Meta, Paragraph } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { zones } from './zones.js';

/**
 * Splits the text into paragraphs and says what each one is (body, headline, caption, credit,
 * origin); a credit line naming where the text was first published becomes `meta.origin`.
 */
export const originStage = defineStage({
  name: 'origin',
  version: 1,
  requires: ['view'],
  produces: ['paragraphs'],
  run(doc) {
    const view = need(doc, 'view');
    const found = zones(view.text);
    const paragraphs: Paragraph[] = found.map((z) => ({ ...view.sourceSpan(z.start, z.end), role: z.role }));
    const first = found.find((z) => z.origin);
    const meta: Meta | undefined = first?.origin
      ? { origin: { outlet: first.origin.outlet, evidence: view.sourceSpan(first.origin.evidence.start, first.origin.evidence.end) } }
      : undefined;
    return { layers: { paragraphs }, meta };
  },
});
