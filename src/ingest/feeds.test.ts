import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed, readUrlList, looksLikeFeed } from './feeds.js';
import { isPrivateAddress } from './fetch.js';

test('RSS 2.0 and Atom items: title, link, id, date, body', () => {
  const rss = parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire &amp; Co</title>
    <item><title>One</title><link>https://x.example/1</link><guid>g1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Teaser</description><content:encoded><![CDATA[<p>Full</p>]]></content:encoded></item>
    <item><title>Two</title><link>https://x.example/2</link></item></channel></rss>`, 'feed.rss');
  assert.equal(rss.title, 'Wire & Co');
  assert.deepEqual(rss.items[0], { title: 'One', link: 'https://x.example/1', guid: 'g1', published: 'Tue, 05 Mar 2024 10:00:00 GMT', html: '<p>Full</p>' });
  assert.equal(rss.items[1].html, undefined);
  const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link rel="self" href="https://x.example/self"/><link href="https://x.example/e"/><id>urn:e</id><updated>2024-03-06T00:00:00Z</updated><summary>S</summary></entry></feed>`, 'a.atom');
  assert.deepEqual(atom.items[0], { title: 'E', link: 'https://x.example/e', guid: 'urn:e', published: '2024-03-06T00:00:00Z', html: 'S' });
  assert.throws(() => parseFeed('<html></html>', 'page.xml'), /page\.xml: not an RSS or Atom feed/);
  assert.ok(looksLikeFeed('<?xml version="1.0"?>\n<!-- c -->\n<rss>'));
});

test('URL lists: comments and blank lines skipped, bad lines named with their number', () => {
  const out = [...readUrlList('# x\n\nhttps://a.example/1\nftp://b\n', 'l.urls')];
  assert.deepEqual(out[0], { ok: true, url: 'https://a.example/1' });
  assert.equal(out[1].ok, false);
  assert.match((out[1] as { item: { message: string } }).item.message, /^l\.urls:4: not an http\(s\) URL/);
});

test('private, loopback and link-local addresses are recognised', () => {
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['8.8.8.8', '93.184.216.34', '2606:4700::1111', '172.32.0.1']) assert.equal(isPrivateAddress(ip), false, ip);
});
