// The legacy url.parse() / url.format() / url.resolve() API (and its DEP0169/DEP0170 warnings).
'use strict';
const url = require('url');
const inputs = ['http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash', '//h/p', '/p?q=1&q=2',
  'mailto:a@b.c', 'javascript:alert(1)', 'http://x.com/a b', 'http://ü.com/', 'HTTP://X.COM\\a\\b?c\\d',
  'http://[::1]:8/x', 'http://h:8a/x', 'http://a@b@c/', '  http://trim.me/  ', 'x', '?x', '#y', 'data:,x'];
for (const input of inputs) {
  const parsed = url.parse(input, true);
  console.log(JSON.stringify(input), JSON.stringify({ ...parsed, query: parsed.query && { ...parsed.query } }));
  console.log('  slashes-host', JSON.stringify(url.parse(input, false, true).host), 'format', url.format(url.parse(input)));
}
try { url.parse('http://[::1%25]/'); } catch (e) { console.log('throws', e.code, e.message, e.input); }
try { url.parse(5); } catch (e) { console.log('throws', e.code, e.message); }
console.log(url.format({ protocol: 'https', hostname: 'h', port: 1, pathname: 'p#?', query: { a: 1, b: ['x', 'y'] }, hash: 'f' }));
console.log(url.format({ hostname: '::1', auth: 'u:p w' }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format(new URL('http://u:p@xn--mnchen-3ya.de/p?q#h'), { unicode: true, auth: false, fragment: false, search: false }));
try { url.format(1); } catch (e) { console.log('throws', e.code, e.message); }
const bases = ['http://a/b/c/d;p?q', 'mailto:x@y', 'file:///C:/dir/f'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', '#s', '../..', '../../../g', 'http:g', 'https:g', 'g;x?y#s', ''];
for (const b of bases) console.log(b, rels.map((r) => url.resolve(b, r)).join(' | '));
console.log(url.resolveObject('http://a/b', '../c').href);
