'use strict';
// Transform: upper-casing, flush, event order on both sides; PassThrough; objectMode sides.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const t = new Transform({
  transform(chunk, enc, cb) {
    log('_transform', String(chunk), enc);
    cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    log('_flush');
    cb(null, '!');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('t', ev));
t.on('data', (c) => log('t data', String(c)));
t.write('abc');
t.write('def', () => log('write cb'));
t.end('gh');

const p = new PassThrough({ objectMode: true });
p.on('data', (o) => log('p data', JSON.stringify(o)));
p.on('end', () => log('p end'));
p.write({ x: 1 });
p.end([2]);

const m = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) { this.push({ len: chunk.length }); this.push({ twice: true }); cb(); },
});
m.on('data', (o) => log('m data', JSON.stringify(o), m.readableObjectMode, m.writableObjectMode));
m.end('12345');

const e = new Transform({ transform(c, enc, cb) { cb(new Error('bad transform')); } });
e.on('error', (err) => log('e error', err.message));
e.on('close', () => log('e close'));
e.write('x', (err) => log('e write cb', err && err.message));
