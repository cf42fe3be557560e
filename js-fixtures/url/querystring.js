// querystring: parse/stringify round trips, custom separators, maxKeys, escape/unescape, custom codecs, errors.
'use strict';
const qs = require('querystring');
for (const s of ['a=1&a=2&a=3&b', '&&=x&y=&%zz=%&+a+=+b+', 'ü=€&e=%E2%82&f=%F0%9F%98%80', '__proto__=1&constructor=2']) {
  const parsed = qs.parse(s);
  console.log(JSON.stringify(s), Object.getPrototypeOf(parsed), JSON.stringify(parsed), qs.stringify(parsed));
}
console.log(JSON.stringify(qs.parse('a:1;b:2', ';', ':')), JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log(qs.stringify({ a: [1, [2]], b: true, c: null, d: 1e21, e: NaN, f: 3n, g: 'x y', h: {} }, ';', ':'));
console.log(qs.escape("a b&c=d/é€😀!'()*-._~"), qs.escape(5), qs.escape({}), qs.unescape('%zz%41+%E2%82%AC'));
console.log([...qs.unescapeBuffer('%41%zz+%')], [...qs.unescapeBuffer('a+b', true)]);
const decoded = [];
console.log(JSON.stringify(qs.parse('a=1&b%20=2+3', null, null, { decodeURIComponent: (s) => { decoded.push(s); return s.toUpperCase(); } })), decoded);
console.log(JSON.stringify(qs.parse('a=%41+b', null, null, { decodeURIComponent: () => { throw new Error('x'); } })));
console.log(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: escape }));
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { qs.escape(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
console.log(qs.encode === qs.stringify, qs.decode === qs.parse, Object.keys(qs));
