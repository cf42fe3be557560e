'use strict';
// pipeline: the destination fails, the source is destroyed; a source error; events seen on each stream.
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => e && `${e.code || e.name}: ${e.message}`;

const src = new Readable({ read() {} });
const mid = new PassThrough();
const dst = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
  s.on('error', (e) => log(n, 'error', show(e)));
  s.on('close', () => log(n, 'close'));
}
pipeline(src, mid, dst, (err) => {
  log('callback', show(err), src.destroyed, mid.destroyed, dst.destroyed);
  second();
});
src.push('data');

function second() {
  const a = new Readable({ read() { this.destroy(new Error('source broke')); } });
  const b = new PassThrough();
  const c = new Writable({ write(ch, e, cb) { cb(); } });
  pipeline(a, b, c, (err) => log('second callback', show(err), b.destroyed, c.destroyed, c.writableFinished));
}
