'use strict';
// Duplex: independent sides, allowHalfOpen false, instanceof checks, readable/writable flags.
const { Duplex, Readable, Writable, Transform, PassThrough, Stream } = require('stream');
const log = (...a) => console.log(...a);
const d = new Duplex({
  read() {},
  write(chunk, enc, cb) { log('d got', String(chunk)); cb(); },
});
log('instanceof', d instanceof Readable, d instanceof Writable, d instanceof Duplex, d instanceof Stream);
log('pt instanceof', new PassThrough() instanceof Writable, new Transform() instanceof Duplex);
log('plain Readable instanceof Writable', new Readable() instanceof Writable);
log('flags', d.readable, d.writable, d.allowHalfOpen);
d.on('data', (c) => log('d data', String(c)));
d.on('end', () => log('d end'));
d.on('finish', () => log('d finish'));
d.on('close', () => log('d close'));
d.write('hello');
d.push('world');
d.push(null);
setTimeout(() => { log('later', d.readable, d.writable, d.destroyed); d.end(); }, 5);

const h = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
h.on('end', () => log('h end'));
h.on('finish', () => log('h finish'));
h.on('close', () => log('h close'));
h.resume();
h.push(null);
log('typeof', typeof Stream, Stream === Stream.Stream, typeof require('stream').promises.pipeline);
