// The contract every Store implementation passes: the same tests, run against SQLite and
// PostgreSQL by store.contract.test.ts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../corpus/digest.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import type { SqlStore } from './sql-store.js';
import type { Store } from './store.js';
import { makeDoc, type DocSpec } from './testing.js';

type Ent = NonNullable<DocSpec['entities']>[number];

export interface ContractTarget {
  name: string;
  /** A new, empty store, and its location (for other processes). */
  open(): Promise<{ store: Store; location: string }>;
  /** Removes what open() made. */
  dispose(location: string): Promise<void>;
}

const ARM: Ent = { id: 'e1', name: 'Armenia', type: 'GPE' as const, kb: 'country:ARM', country: 'ARM', geo: { lat: 40, lon: 45 } };
const FRA: Ent = { id: 'e2', name: 'France', type: 'GPE' as const, kb: 'country:FRA', country: 'FRA', geo: { lat: 46, lon: 2 } };
const PASH: Ent = { id: 'e3', name: 'Nikol Pashinyan', type: 'PERSON' as const, country: 'ARM', sector: 'GOV' };
const YER: Ent = { id: 'e4', name: 'Yerevan', type: 'GPE' as const, kb: 'place:616052', country: 'ARM', geo: { lat: 40.18, lon: 44.51, geonameid: 616052 } };

/** A visit of Armenia to France, reported by `outlet` on `published`. */
function visit(id: string, published: string, outlet: string, extra = ''): DocSpec {
  const text = `Armenia sent its foreign minister to France on ${published}. Nikol Pashinyan said the visit to France was "a step forward" for Armenia.${extra}`;
  return {
    id, text, published, outlet, url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/${id}`, title: `Visit ${id}`,
    entities: [ARM, FRA, PASH],
    events: [{ type: 'CONSULT', cameo: '042', mode: 'visit', trigger: 'sent', source: ['e1'], target: ['e2'] }],
    quotes: [{ speaker: 'e3', source: 'Nikol Pashinyan', cue: 'said', content: 'the visit to France was "a step forward" for Armenia' }],
  };
}

export function storeContract(target: ContractTarget): void {
  describe(`Store contract: ${target.name}`, () => {
    let store: Store;
    let location: string;
    const opened: string[] = [];
    const fresh = async () => {
      const r = await target.open();
      opened.push(r.location);
      return r;
    };
    before(async () => {
      ({ store, location } = await fresh());
    });
    after(async () => {
      await store?.close();
      for (const l of opened) await target.dispose(l);
    });

    it('creates its schema at the latest version, and migrating again changes nothing', async () => {
      assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
      assert.deepEqual(await migrate((store as SqlStore).db, new URL(location, 'file:///').searchParams.get('schema') ?? 'public'), []);
    });

    it('stores a document and gives it back exactly; the same text again changes nothing', async () => {
      const doc = makeDoc(visit('a1', '2024-03-04', 'Wire One'));
      assert.deepEqual(await store.putDocument(doc), { status: 'added', id: 'a1' });
      assert.deepEqual(await store.getDocument('a1'), doc);
      const before = await store.counts();
      assert.equal((await store.putDocument(doc)).status, 'unchanged');
      assert.deepEqual(await store.putDocument({ ...doc, id: 'other-id', meta: { ...doc.meta, outlet: 'Elsewhere' } }), { status: 'unchanged', id: 'a1' });
      assert.deepEqual(await store.counts(), before);
      assert.equal(await store.getDocument('other-id'), null);
    });

    it('merges one happening reported by several articles into one event, keeping every mention', async () => {
      await store.putDocument(makeDoc(visit('a2', '2024-03-05', 'Daily Two')));
      await store.putDocument(makeDoc(visit('a3', '2024-03-05', 'Wire One', ' Observers in Paris welcomed it.')));
      const [e] = await store.events({ actor: 'ARM', type: 'CONSULT' });
      assert.ok(e, 'the merged event');
      assert.equal(e.type, 'CONSULT');
      assert.equal(e.cameo, '042');
      assert.equal(e.rootCode, '04');
      assert.equal(e.quadClass, 1);
      assert.equal(e.goldstein, 1.9);
      assert.deepEqual(e.source.map((a) => a.name), ['Armenia']);
      assert.deepEqual(e.target.map((a) => a.name), ['France']);
      assert.equal(e.numMentions, 3);
      assert.equal(e.numArticles, 3);
      assert.equal(e.numSources, 2);
      assert.deepEqual(e.mentions.map((m) => m.article).sort(), ['a1', 'a2', 'a3']);
      const m = e.mentions.find((x) => x.article === 'a2')!;
      const text = (await store.getDocument('a2'))!.text;
      assert.equal(text.slice(m.trigger.start, m.trigger.end), 'sent');
      assert.equal(m.triggerText, 'sent');
      assert.equal(m.sentence, 0);
      assert.equal(m.modality, 'asserted');
      assert.equal(m.outlet, 'Daily Two');
      assert.equal(text.slice(m.actor1Offset!, m.actor1Offset! + 7), 'Armenia');
      assert.equal(text.slice(m.actor2Offset!, m.actor2Offset! + 6), 'France');
      assert.equal(m.docLength, text.length);
    });

    it('keeps happenings apart when the date window, the place or the participants differ', async () => {
      await store.putDocument(makeDoc(visit('far', '2024-04-20', 'Wire One')));
      const spec = visit('placed', '2024-03-05', 'Wire One', ' It happened in Yerevan.');
      spec.entities = [...spec.entities!, YER];
      spec.events = [{ ...spec.events![0], place: 'e4' }];
      await store.putDocument(makeDoc(spec));
      const rev = visit('reverse', '2024-03-05', 'Wire One', ' France replied.');
      rev.events = [{ ...rev.events![0], source: ['e2'], target: ['e1'] }];
      await store.putDocument(makeDoc(rev));
      const all = await store.events({ type: 'CONSULT' });
      const byArticles = all.map((e) => e.mentions.map((m) => m.article).sort().join('+')).sort();
      // "placed" has a place the merged event lacks: it joins it (places agree when one is unknown)
      assert.deepEqual(byArticles, ['a1+a2+a3+placed', 'far', 'reverse']);
      const merged = all.find((e) => e.numMentions === 4)!;
      assert.equal(merged.place?.name, 'Yerevan');
      assert.deepEqual(merged.place?.geo, { lat: 40.18, lon: 44.51, geonameid: 616052 });
    });

    it('merges entities into corpus actors by kb id and name, with name variants; a surname joins the full name', async () => {
      const doc = makeDoc({
        id: 'b1', published: '2024-03-06', outlet: 'Daily Two',
        text: 'Pashinyan met the Armenian diaspora. The Republic of Armenia thanked them.',
        entities: [{ id: 'e1', name: 'Pashinyan', type: 'PERSON' }, { id: 'e2', name: 'Republic of Armenia', type: 'GPE', kb: 'country:ARM', country: 'ARM' }],
      });
      await store.putDocument(doc);
      const [arm] = await store.entities({ actor: 'Republic of Armenia' });
      assert.equal(arm.kb, 'country:ARM');
      assert.equal(arm.name, 'Armenia');
      assert.deepEqual(arm.names.map((n) => n.name).sort(), ['Armenia', 'Republic of Armenia']);
      assert.ok(arm.articles >= 6);
      const [p] = await store.entities({ actor: 'Pashinyan' });
      assert.equal(p.name, 'Nikol Pashinyan');
      assert.deepEqual(p.names.map((n) => n.name).sort(), ['Nikol Pashinyan', 'Pashinyan']);
      assert.equal((await store.entities({ type: 'PERSON' })).length, 1);
    });

    it('links a near-copy (a few words changed, editorial inserts added) to its original', async () => {
      const nearBefore = (await store.counts()).nearCopies;
      const base = 'The government of Armenia announced on Tuesday that it would build a new railway line linking the capital with the southern border region, a project worth two billion dollars that officials say will take six years to complete and employ thousands of workers from across the country.';
      await store.putDocument(makeDoc({ id: 'orig', text: base, published: '2024-03-07', outlet: 'Wire One' }));
      const copy = base.replace('Armenia', 'Armenia (*ally)').replace('Tuesday', 'Wednesday').replace('thousands', 'hundreds');
      const r = await store.putDocument(makeDoc({ id: 'copy', text: copy, published: '2024-03-08', outlet: 'Reposter', inserts: ['(*ally)'] }));
      assert.equal(r.status, 'near-copy');
      assert.equal(r.duplicateOf, 'orig');
      assert.ok(r.similarity! >= 0.7 && r.similarity! < 1);
      const other = await store.putDocument(makeDoc({ id: 'other', text: 'Chile and Peru agreed to reopen the northern border crossing for trucks after a month of talks in Lima.', published: '2024-03-07' }));
      assert.equal(other.status, 'added');
      // the same id with another text: a revision, stored under its own id and linked
      const rev = await store.putDocument(makeDoc({ id: 'orig', text: base + ' The parliament approved it.', published: '2024-03-09' }));
      assert.equal(rev.status, 'near-copy');
      assert.match(rev.id, /^orig@[0-9a-f]{12}$/);
      assert.equal(rev.duplicateOf, 'orig');
      assert.equal((await store.counts()).nearCopies, nearBefore + 2);
    });

    it('keeps quotes with their speakers and figures as series with who said each value', async () => {
      const mk = (id: string, published: string, value: number, figure: string) =>
        makeDoc({
          id, published, outlet: 'Wire One',
          text: `Armenia's finance minister Vahe Hovhannisyan said inflation reached ${figure} this year.`,
          entities: [{ id: 'e1', name: 'Vahe Hovhannisyan', type: 'PERSON', country: 'ARM', sector: 'GOV' }, { ...ARM, id: 'e2' }],
          quotes: [{ speaker: 'e1', source: 'Vahe Hovhannisyan', cue: 'said', content: `inflation reached ${figure} this year` }],
          quantities: [{ figure, value, unit: '%', measure: 'inflation', attribution: 'q1', time: published.slice(0, 4) }],
        });
      await store.putDocument(mk('s1', '2023-05-01', 7.5, '7.5%'));
      await store.putDocument(mk('s2', '2024-05-01', 3.2, '3.2%'));
      const quotes = await store.quotes({ actor: 'Hovhannisyan' });
      assert.equal(quotes.length, 2);
      assert.equal(quotes[0].speaker?.name, 'Vahe Hovhannisyan');
      assert.equal(quotes[0].content, 'inflation reached 3.2% this year');
      assert.equal(quotes[0].cue, 'said');
      assert.equal((await store.quotes({ text: 'REACHED 7.5' })).length, 1);
      const [s] = await store.series({ text: 'inflation' });
      assert.equal(s.measure, 'inflation');
      assert.equal(s.unit, '%');
      assert.deepEqual(s.points.map((p) => [p.time, p.value, p.saidBy]), [['2023', 7.5, 'Vahe Hovhannisyan'], ['2024', 3.2, 'Vahe Hovhannisyan']]);
      assert.equal((await store.series({ text: 'inflation', since: '2024-01-01' }))[0].points.length, 1);
    });

    it('filters events by actor code or name, type, CAMEO prefix, dates, place, outlet and modality', async () => {
      const count = async (f: Parameters<Store['events']>[0]) => (await store.events(f)).length;
      assert.equal(await count({ actor: 'FRA' }), 3);
      assert.equal(await count({ actor: 'france' }), 3);
      assert.equal(await count({ actor: 'country:FRA' }), 3);
      assert.equal(await count({ actor: 'Nobody At All' }), 0);
      assert.equal(await count({ type: 'consult' }), 3);
      assert.equal(await count({ type: '04' }), 3);
      assert.equal(await count({ type: '19' }), 0);
      assert.equal(await count({ since: '2024-04-01' }), 1);
      assert.equal(await count({ until: '2024-03-31', actor: 'ARM' }), 2);
      assert.equal(await count({ place: 'Yerevan' }), 1);
      assert.equal(await count({ outlet: 'daily two' }), 1);
      assert.equal(await count({ modality: 'asserted' }), 3);
      assert.equal(await count({ modality: 'negated' }), 0);
      assert.equal(await count({ limit: 2 }), 2);
      const tl = await store.timeline({ actor: 'ARM' });
      assert.deepEqual(tl.map((b) => [b.date, b.events]), [['2024-03-04', 1], ['2024-03-05', 1], ['2024-04-20', 1]]);
      const net = await store.network({});
      assert.deepEqual(net.edges.map((e) => [net.nodes.find((n) => n.id === e.source)!.name, net.nodes.find((n) => n.id === e.target)!.name, e.events]).sort(), [['Armenia', 'France', 2], ['France', 'Armenia', 1]]);
    });

    it('finds articles by full-text search, with filters', async () => {
      const hits = await store.search('railway');
      assert.deepEqual(hits.map((h) => h.article.replace(/@.*/, '@rev')).sort(), ['copy', 'orig', 'orig@rev']);
      assert.match(hits[0].snippet, /railway/i);
      assert.deepEqual((await store.search('railway', { outlet: 'Reposter' })).map((h) => h.article), ['copy']);
      assert.deepEqual((await store.search('"northern border"')).map((h) => h.article), ['other']);
      assert.equal((await store.search('zanzibar')).length, 0);
    });

    it('pages through every event and document for exports', async () => {
      const ids: number[] = [];
      for await (const e of store.eachEvent({})) ids.push(e.id);
      assert.equal(ids.length, (await store.counts()).events);
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
      let docs = 0;
      for await (const d of store.eachDocument()) {
        assert.equal(d.schema, 'sift/document@1');
        docs++;
      }
      assert.equal(docs, (await store.counts()).articles);
      assert.deepEqual(await store.checkIntegrity(), []);
    });

    it('queues articles once by content, and several workers process each exactly once', async () => {
      const { store: q, location: loc } = await fresh();
      const other = await (await import('./open.js')).openStore(loc);
      try {
        const items = Array.from({ length: 12 }, (_, i) => {
          const doc = makeDoc({ ...visit(`q${i}`, `2024-05-${String(10 + i).padStart(2, '0')}`, i % 2 ? 'Wire One' : 'Daily Two'), id: `q${i}` });
          return { contentHash: contentHash(doc.text), input: `test:${i}`, article: { id: doc.id, text: doc.text, meta: doc.meta } };
        });
        assert.deepEqual(await q.enqueue(items), { added: 12, known: 0 });
        assert.deepEqual(await q.enqueue(items.slice(0, 5)), { added: 0, known: 5 });
        const seen: string[] = [];
        const analyse = async (job: { article: { id?: string; text: string } }) => {
          seen.push(job.article.id!);
          await new Promise((r) => setTimeout(r, 5));
          if (job.article.id === 'q7') throw new Error('analysis broke');
          return makeDoc({ ...visit(job.article.id!, '2024-05-10', 'Wire One'), text: job.article.text, events: [] });
        };
        const drain = async (s: Store, name: string) => {
          const outcomes = [];
          for (let o; (o = await s.processNext(name, analyse)); ) outcomes.push(o);
          return outcomes;
        };
        const [a, b] = await Promise.all([drain(q, 'w/1/a'), drain(other, 'w/1/b')]);
        assert.equal(seen.length, 12);
        assert.equal(new Set(seen).size, 12, 'no article analysed twice');
        assert.ok(a.length > 0 && b.length > 0, 'both workers got work');
        const failed = [...a, ...b].filter((o) => o.status === 'failed');
        assert.deepEqual(failed.map((o) => [o.input, o.error]), [['test:7', 'analysis broke']]);
        assert.deepEqual(await q.queueStats(), { pending: 0, done: 11, failed: 1, total: 12 });
        assert.equal((await q.counts()).articles, 11);
        // enqueueing a failed article again retries it
        assert.deepEqual(await q.enqueue([items[7]]), { added: 1, known: 0 });
        const retried = await q.processNext('w/1/a', async () => makeDoc({ ...visit('q7', '2024-05-10', 'Wire One'), text: items[7].article.text }));
        assert.equal(retried?.id, 'q7');
        assert.notEqual(retried?.status, 'failed');
        assert.equal(await q.processNext('w/1/a', analyse), null);
        assert.deepEqual(await q.checkIntegrity(), []);
      } finally {
        await other.close();
        await q.close();
      }
    });

    it('gives the claim of a worker that dies (kill -9) to the next worker', async () => {
      const { store: q, location: loc } = await fresh();
      try {
        const doc = makeDoc(visit('dying', '2024-06-01', 'Wire One'));
        await q.enqueue([{ contentHash: contentHash(doc.text), input: 'test:dying', article: { id: doc.id, text: doc.text, meta: doc.meta } }]);
        const openJs = fileURLToPath(new URL('./open.js', import.meta.url));
        const idJs = fileURLToPath(new URL('./worker-id.js', import.meta.url));
        const child = spawn(process.execPath, ['--input-type=module', '-e', `
          const { openStore } = await import(${JSON.stringify(openJs)});
          const { workerId } = await import(${JSON.stringify(idJs)});
          const s = await openStore(process.argv[1]);
          await s.processNext(workerId('doomed'), async () => { process.stdout.write('claimed\\n'); await new Promise(() => {}); });
        `, loc], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d) => String(d).includes('claimed') && resolve());
          child.on('exit', (code) => reject(new Error(`the worker exited (${code}) before claiming`)));
        });
        // while it lives, nobody else gets the article
        assert.equal(await q.processNext('w/2/x', async () => assert.fail('claimed twice')), null);
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        let got = null;
        for (let i = 0; i < 50 && !got; i++) {
          got = await q.processNext('w/2/x', async () => doc);
          if (!got) await new Promise((r) => setTimeout(r, 100));
        }
        assert.equal(got?.status, 'added');
        assert.equal(got?.id, 'dying');
        assert.deepEqual(await q.queueStats(), { pending: 0, done: 1, failed: 0, total: 1 });
      } finally {
        await q.close();
      }
    });
  });
}
