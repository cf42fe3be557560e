// How util.inspect and console.log show URL, URLSearchParams and their iterators.
'use strict';
const util = require('util');
const u = new URL('https://user:pw@example.com:8443/a/b?x=1&y=2#top');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log({ nested: { deeper: { url: u } } });
console.log([new URL('file:///tmp/x')]);
const p = new URLSearchParams();
for (let i = 0; i < 6; i++) p.append(`key${i}`, `value number ${i}`);
console.log(p);
console.log(util.inspect(p, { breakLength: Infinity }));
console.log(new URLSearchParams(), new URLSearchParams('a=1').keys());
const it = p.entries();
it.next();
console.log(it);
console.log({ a: { b: { c: p, d: p.values() } } });
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
console.log(Object.prototype.toString.call(u), Object.prototype.toString.call(p), Object.keys(URL.prototype));
console.log(JSON.stringify({ u }), `${u}`);
