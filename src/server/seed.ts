// Analyses a directory of articles into the store, once: articles already there are skipped by
// content hash (the ingest queue), so a second start does no work.
import { contentHash } from '../corpus/digest.js';
import { readInputs } from '../ingest/read-inputs.js';
import { toDocumentJson } from '../output/document-json.js';
import type { Pipeline } from '../pipeline/default.js';
import type { QueueItem, Store } from '../store/store.js';

export async function seedStore(store: Store, dirs: string[], pipeline: () => Pipeline, say: (s: string) => void = () => {}): Promise<{ added: number; known: number; failed: number }> {
  const items: QueueItem[] = [];
  for (const item of readInputs(dirs, {})) {
    if (!item.ok) {
      say(item.message);
      continue;
    }
    const a = item.article;
    items.push({ contentHash: contentHash(a.text), input: a.meta.input ?? a.id ?? '', article: { ...(a.id ? { id: a.id } : {}), text: a.text, meta: a.meta } });
  }
  const { added, known } = await store.enqueue(items);
  let failed = 0;
  if ((await store.queueStats()).pending) {
    say(`analysing ${added} article${added === 1 ? '' : 's'} from ${dirs.join(', ')} …`);
    const p = pipeline();
    for (;;) {
      const o = await store.processNext('serve', async (job) => toDocumentJson(p.analyze(job.article.text, job.article.meta, job.article.id)));
      if (!o) break;
      if (o.status === 'failed') {
        failed++;
        say(`${o.input}: not stored: ${o.error}`);
      }
    }
  }
  return { added, known, failed };
}
