// The web UI in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core): every view
// loads without console errors, paste-and-analyse, fact highlighting, filters, map, network, and
// article text that tries to run script. Screenshots of each view go to test/artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { toDocumentJson } from '../output/document-json.js';
import { createPipeline } from '../pipeline/default.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { lazyPipeline, startServer, type RunningServer } from './server.js';

// page.evaluate callbacks run in the browser, whose globals this (node) program does not type
declare const document: any, location: any, window: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHROMIUM = process.env.SIFT_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve('test', 'artifacts');
const SEED = path.resolve('..', 'shared', 'seed', '000_4b49bb25e042dc38.txt');
const haveChromium = fs.existsSync(CHROMIUM);
const haveWeb = fs.existsSync(path.join('dist', 'web', 'index.html'));
const inCI = process.env.CI === 'true' || process.env.CI === '1';

let skip: string | false = false;
if (!haveChromium || !haveWeb) {
  const why = !haveChromium ? `${CHROMIUM} is not installed (apt-get install chromium)` : 'the UI is not built (dist/web; run "npx vite build")';
  if (inCI) {
    test('browser tests need Chromium and the built UI under CI', () => assert.fail(`browser tests cannot run: ${why}`));
  } else {
    process.stderr.write(`web.browser.test: SKIPPED: ${why}\n`);
  }
  skip = why;
}

const XSS_TEXT = `Officials <script>window.__pwned = 'script'</script> met in Geneva on Monday.

"We agreed on nothing <img src=x onerror="window.__pwned='img'">," the minister said. The talks <svg onload="window.__pwned='svg'"></svg> will continue.`;

describe('web UI in Chromium', { skip }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const pipeline = lazyPipeline(() => createPipeline());

  const go = async (hash: string) => {
    const ready = await page.locator('#app').getAttribute('data-ready');
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForFunction((prev) => { const a = document.getElementById('app')!; return a.getAttribute('data-ready') !== prev && !a.querySelector('.loading'); }, ready, { timeout: 15_000 });
  };
  const shot = async (name: string) => {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  };

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-web-'));
    store = await openStore(path.join(dir, 'web.db'));
    const meta = JSON.parse(fs.readFileSync('examples/meta.json', 'utf8')) as Record<string, Record<string, string>>;
    for (const f of ['01-state-visit.txt', '02-signed-agreement.txt', '03-sanctions.txt', '05-armed-attack.txt', '07-rumours.txt', '08-figures.txt', '13-aid.txt', '16-talks.txt']) {
      await store.putDocument(toDocumentJson(pipeline().analyze(fs.readFileSync(path.join('examples', f), 'utf8'), { outlet: 'Example Wire', ...meta[f] })));
    }
    // a stored article whose text and metadata try to run script
    await store.putDocument(toDocumentJson(pipeline().analyze(XSS_TEXT, { title: `<img src=x onerror="window.__pwned='title'">Geneva talks`, url: 'javascript:window.__pwned="url"', outlet: '<b onmouseover=alert(1)>Evil</b>', published: '2024-05-02' }, 'xss-article')));
    server = await startServer({ store, port: 0, pipeline, ratePerMinute: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    // nothing beyond the Sift server: any other request fails the test
    await ctx.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : (problems.push(`request outside the server: ${route.request().url()}`), route.abort())));
    page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready]');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the page loads with the articles and no console errors', async () => {
    await page.waitForSelector('[data-testid=documents]');
    assert.ok((await page.locator('[data-testid=documents] tbody tr').count()) >= 9);
    await shot('home');
    assert.deepEqual(problems, []);
  });

  test('an article shows its layers in place; clicking a fact highlights its words; layers toggle', async () => {
    const docs = (await (await fetch(new URL('/api/documents', server.url))).json()) as Array<{ id: string; title: string }>;
    const visit = docs.find((d) => /State Visit/.test(d.title))!;
    await go(`#/article/${visit.id}`);
    const text = page.locator('[data-testid=article-text]');
    assert.ok((await text.locator('.ent-PERSON').count()) > 0, 'people marked');
    assert.ok((await text.locator('.evt').count()) > 0, 'event triggers marked');
    assert.ok((await text.locator('.q-content').count()) > 0, 'quotes marked');
    const doc = (await (await fetch(new URL(`/api/documents/${visit.id}`, server.url))).json()) as { text: string; quotes: Array<{ content: { start: number; end: number } }> };
    await page.locator('[data-testid=fact-quote]').first().click();
    const lit = (await page.locator('.hl').allTextContents()).join('');
    const content = doc.text.slice(doc.quotes[0].content.start, doc.quotes[0].content.end);
    assert.ok(lit.includes(content), `highlighted "${lit}" holds the quote "${content}"`);
    await shot('article');
    await page.locator('input[data-layer=entities]').uncheck();
    assert.ok(await page.locator('.article-frame.hide-entities').count());
    await page.locator('input[data-layer=entities]').check();
    assert.deepEqual(problems, []);
  });

  test('paste an article: the seed article is analysed and its events shown; a fact highlights its words', { skip: fs.existsSync(SEED) ? false : `${SEED} is absent` }, async () => {
    const seed = fs.readFileSync(SEED, 'utf8');
    const expected = toDocumentJson(pipeline().analyze(seed, { published: '2024-03-07' }));
    assert.ok(expected.events.length > 0);
    await go('#/paste');
    await page.locator('[data-testid=paste-text]').fill(seed);
    await page.locator('[data-testid=paste-published]').fill('2024-03-07');
    await page.locator('[data-testid=paste-analyse]').click();
    await page.waitForSelector('[data-testid=paste-result] [data-testid=fact-event]', { timeout: 30_000 });
    const events = page.locator('[data-testid=paste-result] [data-testid=fact-event]');
    assert.equal(await events.count(), expected.events.length, 'every event of the seed is listed');
    const tags = await events.locator('.tag').allTextContents();
    assert.deepEqual(tags, expected.events.map((e) => e.type));
    assert.ok(tags.includes('CONSULT') || tags.includes('REQUEST') || tags.includes('SANCTION'), `seed events: ${tags.join(', ')}`);
    // inserts are set apart, with their label
    assert.ok((await page.locator('[data-testid=paste-result] .ins').count()) > 0, 'editorial inserts shown');
    assert.ok((await page.locator('[data-testid=paste-result] .ins-label').count()) > 0, 'with their label');
    // clicking an event highlights its trigger
    const i = expected.events.findIndex((e) => e.trigger.end > e.trigger.start);
    await events.nth(i).click();
    const lit = (await page.locator('[data-testid=paste-result] .hl').allTextContents()).join('');
    const trigger = seed.slice(expected.events[i].trigger.start, expected.events[i].trigger.end);
    assert.ok(lit.includes(trigger), `highlighted "${lit}" holds the trigger "${trigger}"`);
    await shot('paste');
    assert.deepEqual(problems, []);
  });

  test('the events table filters by type, modality, actor and date, and shows mentions', async () => {
    await go('#/events');
    const all = await page.locator('[data-testid=event-row]').count();
    assert.ok(all >= 3, `events: ${all}`);
    const firstType = (await page.locator('[data-testid=event-row] .tag').first().textContent())!;
    await page.locator('[data-testid=event-filters] select[name=type]').selectOption(firstType);
    await Promise.all([page.waitForFunction(() => location.hash.includes('type=')), page.locator('[data-testid=event-filters] button[type=submit]').click()]);
    await page.waitForFunction((t) => [...document.querySelectorAll('[data-testid=event-row] .tag')].every((e: { textContent: string }) => e.textContent === t) && document.querySelector('select[name=type]') && document.querySelector('select[name=type]').value === t, firstType);
    const typed = await page.locator('[data-testid=event-row]').count();
    assert.ok(typed >= 1 && typed <= all);
    await go('#/events?modality=rumored');
    const mods = await page.locator('[data-testid=event-row]').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    assert.ok(mods.every((t) => t.includes('rumored')), 'only events with a rumored mention');
    await go('#/events?since=2024-06-01&until=2024-06-30');
    const dates = await page.locator('[data-testid=event-row] td:first-child').allTextContents();
    assert.ok(dates.every((d) => d === '' || (d >= '2024-06-01' && d <= '2024-06-30')), dates.join(','));
    await go('#/events?actor=KAZ');
    assert.ok((await page.locator('[data-testid=event-row]').count()) >= 1);
    await page.locator('[data-testid=event-row] button.linkish').first().click();
    assert.ok(await page.locator('tr.mentions:not([hidden]) li').count() >= 1, 'mentions across articles');
    await go('#/events');
    await shot('events');
    assert.deepEqual(problems, []);
  });

  test('the map draws the bundled world outline and the places', async () => {
    await go('#/map');
    const d = (await page.locator('[data-testid=land]').getAttribute('d')) ?? '';
    assert.ok(d.length > 5000, 'the land outline');
    assert.ok((await page.locator('[data-testid=map] circle').count()) >= 3, 'places on the map');
    await shot('map');
    assert.deepEqual(problems, []);
  });

  test('the network draws actors and coloured edges', async () => {
    await go('#/network');
    assert.ok((await page.locator('[data-testid=network] circle').count()) >= 2);
    assert.ok((await page.locator('[data-testid=network] line.edge').count()) >= 1);
    await shot('network');
    await page.locator('[data-testid=network] a.node circle').first().click();
    await page.waitForSelector('[data-testid=actor-name]');
    await shot('actor');
    assert.deepEqual(problems, []);
  });

  test('timeline and figure series, and search', async () => {
    await go('#/timeline');
    assert.ok((await page.locator('[data-testid=timeline-chart] rect.bar').count()) >= 1);
    assert.ok((await page.locator('[data-testid=series-chart] circle').count()) >= 1);
    await shot('timeline');
    await go('#/search?q=Seoul');
    assert.ok((await page.locator('[data-testid=search-hits] li').count()) >= 1);
    assert.ok((await page.locator('[data-testid=search-hits] mark').count()) >= 1);
    await shot('search');
    assert.deepEqual(problems, []);
  });

  test('article text with <script> and onerror= payloads never executes', async () => {
    await go('#/');
    await go('#/article/xss-article');
    const shown = await page.locator('[data-testid=article-text]').textContent();
    assert.ok(shown?.includes('<script>window.__pwned'), 'the payload is shown as text');
    assert.equal(await page.locator('[data-testid=article-text] img, [data-testid=article-text] script, [data-testid=article-text] svg').count(), 0);
    const href = await page.locator('.article-head a').first().getAttribute('href');
    assert.ok(!href?.startsWith('javascript:'), `no javascript: link (${href})`);
    await page.locator('.article-head a').first().click().catch(() => undefined);
    await go('#/paste');
    await page.locator('[data-testid=paste-text]').fill(XSS_TEXT);
    await page.locator('[data-testid=paste-analyse]').click();
    await page.waitForSelector('[data-testid=paste-result] [data-testid=article-text]');
    await go('#/search?q=Geneva');
    await go('#/');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
    assert.deepEqual(problems.filter((p) => !/dialog/.test(p)), []);
    assert.deepEqual(problems, [], 'no dialog opened');
  });
});
