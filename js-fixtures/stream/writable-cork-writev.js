'use strict';
// cork/uncork batching into _writev; end() uncorks; objectMode counts.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  write(chunk, enc, cb) { log('_write', String(chunk)); cb(); },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => `${c.chunk}/${c.encoding}`).join(' '));
    process.nextTick(cb);
  },
  decodeStrings: false,
});
w.write('first');
w.cork();
w.write('a');
w.write('b', 'latin1');
w.write(Buffer.from('c'));
log('corked', w.writableCorked, 'length', w.writableLength, 'buffered', w.writableBuffer.length);
process.nextTick(() => {
  w.uncork();
  log('uncorked');
  w.cork();
  w.write('d');
  w.write('e');
  w.end('f');
});
w.on('finish', () => log('finish'));

const o = new Writable({
  objectMode: true,
  write(obj, enc, cb) { log('obj', JSON.stringify(obj), enc); setImmediate(cb); },
});
log('obj write', o.write({ a: 1 }), o.writableLength, o.writableHighWaterMark);
for (let i = 0; i < 16; i++) o.write(i);
log('obj full', o.write('x'), o.writableLength, o.writableNeedDrain);
o.on('drain', () => log('obj drain'));
