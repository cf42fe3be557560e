'use strict';
// Writable destroy: queued writes and end() callbacks get ERR_STREAM_DESTROYED, writes after destroy, close order.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => e && `${e.code || e.name}: ${e.message}`;
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
w.write('a', (e) => log('a cb', show(e)));
w.write('b', (e) => log('b cb', show(e)));
w.end('c', (e) => log('end cb', show(e)));
w.on('error', (e) => log('error', show(e)));
w.on('close', () => log('close', w.destroyed, w.writableFinished, w.writableAborted));
w.on('finish', () => log('finish (not expected)'));
process.nextTick(() => {
  w.destroy();
  log('destroyed', w.destroyed, w.writable, w.writableLength);
});

const e = new Writable({ write(c, enc, cb) { cb(); } });
e.on('error', (err) => log('e error', show(err), e.errored === err));
e.on('close', () => log('e close'));
e.destroy(new Error('fatal'), (err) => log('e destroy cb', show(err)));
e.destroy(new Error('ignored'));
