'use strict';
// unpipe stops the flow; piping to two destinations; end: false.
const { Readable, PassThrough, Writable } = require('stream');
const log = (...a) => console.log(...a);
const src = new Readable({ read() {} });
const a = new PassThrough();
const b = new PassThrough();
a.on('data', (c) => log('a', String(c)));
b.on('data', (c) => log('b', String(c)));
a.on('end', () => log('a end'));
b.on('end', () => log('b end (not expected)'));
src.pipe(a);
src.pipe(b, { end: false });
src.push('one');
setTimeout(() => {
  src.unpipe(b);
  log('flowing after unpipe b', src.readableFlowing);
  src.push('two');
  setTimeout(() => {
    src.unpipe();
    log('flowing after unpipe all', src.readableFlowing);
    src.push('three');
    src.push(null);
    setTimeout(() => log('src buffered', src.readableLength, 'ended', src.readableEnded), 5);
  }, 5);
}, 5);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('w error', e.code));
w.pipe(new PassThrough());
