'use strict';
// A _write that calls back synchronously: callbacks and drain batched to the next tick.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log('_write', String(chunk));
    cb();
  },
});
w.on('drain', () => log('drain'));
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
log(w.write('aaaa', () => log('cb a')));
log(w.write('b', () => log('cb b')));
process.nextTick(() => log('tick'));
w.end(() => log('end cb'));
log('sync done');
