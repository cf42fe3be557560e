'use strict';
// setEncoding splits no character, encoding option, unshift of strings, objectMode readable counts.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const euro = Buffer.from('€uro😀');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.on('data', (c) => log('data', JSON.stringify(c)));
for (let i = 0; i < euro.length; i += 2) r.push(euro.subarray(i, i + 2));
r.push(null);
r.on('end', () => log('end', r.readableEncoding));

const h = new Readable({ encoding: 'hex', read() {} });
h.push('AB');
log('hex read', h.read(), h.readableLength);
h.push(Buffer.from([1, 2, 3]));
h.unshift('ff', 'hex');
log('after unshift', h.read(2), h.read());

const o = new Readable({ objectMode: true, read() {} });
log('o push', o.push({ a: 1 }), o.push('s'), o.push(0), o.readableLength, o.readableHighWaterMark);
log('o read', JSON.stringify(o.read()), o.read(), o.read(5), o.read());
