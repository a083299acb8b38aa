import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCodes, SiftError } from '../core/errors.js';
import { baselineParagraphs, htmlToArticle, normalizeDate } from './html.js';

// Hand-written pages shaped like real news sites: a cookie banner, a site header with navigation,
// the article (headline, byline, dateline, paragraphs, a figure, a pull quote), a share bar,
// related links, and a footer. Only the article's paragraphs may come out.

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Port transit deal signed in Tbilisi | Caucasus Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="Georgia and Azerbaijan sign port transit deal">
  <meta property="og:site_name" content="Caucasus Ledger">
  <meta property="og:url" content="https://ledger.example/economy/port-deal?utm_source=x">
  <link rel="canonical" href="https://ledger.example/economy/port-deal">
  <meta name="author" content="Nino Beridze">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Georgia and Azerbaijan sign port transit deal",
   "datePublished": "2024-03-12T09:30:00+04:00", "dateModified": "2024-03-13T11:00:00+04:00",
   "author": {"@type": "Person", "name": "Nino Beridze"},
   "publisher": {"@type": "Organization", "name": "Caucasus Ledger"}}
  </script>
  <script>window.dataLayer = [{"page": "article"}];</script>
  <style>.cookie-banner { position: fixed; }</style>
</head>
<body>
  <div id="cookie-consent" class="cookie-banner">
    <p>We use cookies to personalise content and to analyse our traffic. By continuing to browse the site you agree to our use of cookies.</p>
    <button>Accept all</button> <button>Settings</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Caucasus Ledger</a>
    <nav>
      <ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul>
    </nav>
    <time datetime="2024-03-20">Wednesday, 20 March 2024</time>
  </header>
  <main>
    <article>
      <h1>Georgia and Azerbaijan sign port transit deal</h1>
      <p class="byline">By Nino Beridze</p>
      <p class="dateline">Published <time datetime="2024-03-12T09:30:00+04:00">12 March 2024, 09:30</time></p>
      <p>The governments of Georgia and Azerbaijan signed an agreement in Tbilisi on Tuesday that sets
        new transit fees for cargo moving through the Black Sea port of Poti.</p>
      <p>Under the deal, the annual volume handled at the port is expected to grow from 9 million to
        15&nbsp;million tonnes by 2027, officials said. The fee for a container will fall by a fifth.</p>
      <figure>
        <img src="/img/poti.jpg" alt="Cranes">
        <figcaption>Cranes at the port of Poti. Photo: https://ledger.example/img/poti.jpg</figcaption>
      </figure>
      <p>“We have waited for this agreement for <em>three years</em>,” the Georgian deputy minister of
        economy told reporters after the ceremony in <a href="/tags/tbilisi">Tbilisi</a>.</p>
      <blockquote><p>The corridor is a question of trust as much as of tariffs.</p></blockquote>
      <h2>What comes next</h2>
      <p>Both parliaments must ratify the text before it enters into force. A joint commission will
        meet in Baku in May to set the schedule.</p>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      <div class="newsletter-signup"><p>Get the Ledger's morning briefing in your inbox every weekday.</p><form><input type="email"><button>Subscribe</button></form></div>
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul><li><a href="/a">Rail link to Kars reopens after two years</a></li><li><a href="/b">Wheat exports fall for a third month</a></li></ul>
    </aside>
    <section id="comments"><h3>Comments (12)</h3><p>Great news for the region, finally!</p></section>
  </main>
  <footer>
    <p>© 2024 Caucasus Ledger. All rights reserved.</p>
    <p><a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a></p>
  </footer>
</body>
</html>`;

const NEWS_PAGE_TEXT = [
  'The governments of Georgia and Azerbaijan signed an agreement in Tbilisi on Tuesday that sets new transit fees for cargo moving through the Black Sea port of Poti.',
  'Under the deal, the annual volume handled at the port is expected to grow from 9 million to 15 million tonnes by 2027, officials said. The fee for a container will fall by a fifth.',
  'Cranes at the port of Poti. Photo: https://ledger.example/img/poti.jpg',
  '“We have waited for this agreement for three years,” the Georgian deputy minister of economy told reporters after the ceremony in Tbilisi.',
  'The corridor is a question of trust as much as of tariffs.',
  'What comes next',
  'Both parliaments must ratify the text before it enters into force. A joint commission will meet in Baku in May to set the schedule.',
].join('\n');

describe('htmlToArticle', () => {
  it('keeps only the article: no banner, navigation, share bar, related links, comments or footer', () => {
    const a = htmlToArticle(NEWS_PAGE, 'ledger.html');
    assert.equal(a.text, NEWS_PAGE_TEXT);
    assert.equal(a.id, undefined);
  });

  it('reads title, byline, outlet, published date and canonical URL', () => {
    const a = htmlToArticle(NEWS_PAGE, 'ledger.html');
    assert.deepEqual(a.meta, {
      input: 'ledger.html',
      title: 'Georgia and Azerbaijan sign port transit deal',
      byline: 'Nino Beridze',
      outlet: 'Caucasus Ledger',
      published: '2024-03-12T09:30:00+04:00',
      url: 'https://ledger.example/economy/port-deal',
    });
  });

  it('never glues paragraphs together', () => {
    const html = `<html><head><title>Talks in Yerevan</title></head><body><article>
      <p>The foreign ministers of Armenia and France met on Monday in Yerevan.</p><p>Details of the meeting were not disclosed, a spokesperson for the ministry said later in the day.</p><ul><li>First point of the statement.</li><li>Second point of the statement.</li></ul></article></body></html>`;
    const a = htmlToArticle(html, 'yerevan.html');
    assert.ok(!a.text.includes('Yerevan.Details'), a.text);
    assert.deepEqual(a.text.split('\n'), [
      'The foreign ministers of Armenia and France met on Monday in Yerevan.',
      'Details of the meeting were not disclosed, a spokesperson for the ministry said later in the day.',
      'First point of the statement.',
      'Second point of the statement.',
    ]);
  });

  it('takes the date from a <time> in the article, not one in the site header, and the title from <title>', () => {
    const html = `<!doctype html><html><head><title>Farmers block the highway to Warsaw</title></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav><time datetime="2024-02-28">Today</time></header>
      <div class="cookie-notice" role="dialog"><p>This website stores cookies on your computer. Read our cookie policy to learn more.</p></div>
      <article>
        <header><h1>Farmers block the highway to Warsaw</h1><time datetime="2024-02-20T07:15:00Z">20 February 2024</time></header>
        <p>Several thousand farmers drove their tractors onto the main road into Warsaw on Tuesday, demanding limits on grain imports from Ukraine.</p>
        <p>The protest, organised by a regional union, lasted for six hours. Police said the morning traffic was diverted through the suburbs.</p>
        <p>A spokesman for the agriculture ministry said the government would meet the union's leaders on Friday.</p>
      </article>
      <footer><p>Contact the newsroom</p></footer></body></html>`;
    const a = htmlToArticle(html, 'warsaw.html');
    assert.equal(a.meta.published, '2024-02-20T07:15:00Z');
    assert.equal(a.meta.title, 'Farmers block the highway to Warsaw');
    assert.equal(a.meta.outlet, undefined);
    assert.deepEqual(a.text.split('\n'), [
      'Several thousand farmers drove their tractors onto the main road into Warsaw on Tuesday, demanding limits on grain imports from Ukraine.',
      'The protest, organised by a regional union, lasted for six hours. Police said the morning traffic was diverted through the suburbs.',
      "A spokesman for the agriculture ministry said the government would meet the union's leaders on Friday.",
    ]);
  });

  it('keeps a <time> that is part of a sentence', () => {
    const html = `<article><p>Published: <time datetime="2023-09-03">3 September 2023</time></p>
      <p>The talks took place on <time datetime="2023-09-01">Friday</time> in Baku, the ministry said in a statement released in the evening.</p></article>`;
    const a = htmlToArticle(html, 'baku.html');
    assert.equal(a.text, 'The talks took place on Friday in Baku, the ministry said in a statement released in the evening.');
    assert.equal(a.meta.published, '2023-09-03');
  });

  it('reads the date from a JSON-LD @graph, itemprop, parsely and Dublin Core metadata', () => {
    const body = '<body><article><p>The central bank of Kazakhstan kept its base rate at 14.75% on Friday, citing persistent inflation in services.</p></article></body>';
    const graph = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","datePublished":"2020-01-01"},
      {"@type":["NewsArticle"],"headline":"Rate on hold","datePublished":"2024-04-05","publisher":{"name":"Steppe Wire"}}]}</script></head>${body}</html>`;
    let a = htmlToArticle(graph, 'graph.html');
    assert.equal(a.meta.published, '2024-04-05');
    assert.equal(a.meta.outlet, 'Steppe Wire');
    assert.equal(a.meta.title, 'Rate on hold');

    const itemprop = `<html><head><meta itemprop="datePublished" content="2024-04-06T10:00:00+0500"></head>${body}</html>`;
    assert.equal(htmlToArticle(itemprop, 'i.html').meta.published, '2024-04-06T10:00:00+05:00');

    const parsely = `<html><head><meta name="parsely-pub-date" content="2024-04-07T08:00:00Z"></head>${body}</html>`;
    assert.equal(htmlToArticle(parsely, 'p.html').meta.published, '2024-04-07T08:00:00Z');

    const dc = `<html><head><meta name="DC.date.issued" content="2024/04/08"></head>${body}</html>`;
    assert.equal(htmlToArticle(dc, 'dc.html').meta.published, '2024-04-08');

    const og = `<html><head><meta property="article:published_time" content="Mon, 08 Apr 2024 09:00:00 GMT"><meta property="og:url" content="https://steppe.example/a/1"><link rel="canonical" href="/a/1-rate"></head>${body}</html>`;
    a = htmlToArticle(og, 'og.html');
    assert.equal(a.meta.published, '2024-04-08');
    assert.equal(a.meta.url, 'https://steppe.example/a/1-rate');
  });

  it('ignores a broken JSON-LD block and a date that does not read as one', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
      <meta property="article:published_time" content="yesterday"></head>
      <body><article><p>Election officials in Moldova began counting the ballots shortly after the polls closed on Sunday evening.</p></article></body></html>`;
    const a = htmlToArticle(html, 'md.html');
    assert.equal(a.meta.published, undefined);
    assert.equal(a.text, 'Election officials in Moldova began counting the ballots shortly after the polls closed on Sunday evening.');
  });

  it('reads a fragment with no <html> or <body>', () => {
    const a = htmlToArticle('<p>One   sentence\n here.</p><p>Two <b>bold</b> words.<br>After a break.</p>', 'frag.html');
    assert.equal(a.text, 'One sentence here.\nTwo bold words.\nAfter a break.');
  });

  it('throws input-empty, naming the input, when the page has no article text', () => {
    const html = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer><p>© 2024 Someone</p></footer></body></html>';
    assert.throws(
      () => htmlToArticle(html, 'pages/empty.html'),
      (e: unknown) => e instanceof SiftError && e.code === ErrorCodes.INPUT_EMPTY && e.message === 'pages/empty.html: no article text found in the HTML',
    );
    assert.throws(() => htmlToArticle('', 'blank.html'), (e: unknown) => e instanceof SiftError && e.code === ErrorCodes.INPUT_EMPTY);
  });
});

describe('baselineParagraphs (the fallback)', () => {
  it('takes the body blocks minus nav, header, footer, aside, forms and banners', () => {
    const html = `<html><body>
      <header><a href="/">Daily Example</a></header><nav><a>Home</a></nav>
      <div id="gdpr-consent"><p>We value your privacy.</p></div>
      <div class="content"><h1>Budget vote delayed</h1><p>The vote on the budget was postponed until next week.</p>
        <table><tr><td>Revenue</td><td>12.4 billion</td></tr></table>
        <div class="social-share">Share</div><div class="related-links"><p>More news</p></div></div>
      <aside><p>Most read</p></aside><form><p>Search</p></form><footer><p>Imprint</p></footer></body></html>`;
    assert.deepEqual(baselineParagraphs(html), ['Budget vote delayed', 'The vote on the budget was postponed until next week.', 'Revenue', '12.4 billion']);
  });

  it('keeps a page wrapped in one big <form> (as some CMSs do)', () => {
    const html = '<html><body><form id="aspnetForm"><div><p>The mayor of Chisinau opened the new bridge over the Bic river on Saturday.</p></div></form></body></html>';
    assert.deepEqual(baselineParagraphs(html), ['The mayor of Chisinau opened the new bridge over the Bic river on Saturday.']);
  });
});

describe('normalizeDate', () => {
  const cases: Array<[string, string | undefined]> = [
    ['2024-03-12', '2024-03-12'],
    ['2024-03-12T09:30:00+04:00', '2024-03-12T09:30:00+04:00'],
    ['2024-03-12T09:30:00.123Z', '2024-03-12T09:30:00.123Z'],
    ['2024-03-12T09:30+0400', '2024-03-12T09:30:00+04:00'],
    ['2024-03-12 09:30:00', '2024-03-12'],
    ['2024/03/12', '2024-03-12'],
    ['20240312', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['March 12, 2024', '2024-03-12'],
    ['Sept. 3rd, 2023', '2023-09-03'],
    ['Tue, 12 Mar 2024 09:30:00 GMT', '2024-03-12'],
    ['2024-02-30', undefined],
    ['12 Mayday 2024', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ];
  for (const [raw, want] of cases) it(JSON.stringify(raw), () => assert.equal(normalizeDate(raw), want));
});
