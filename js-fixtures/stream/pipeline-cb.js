'use strict';
// pipeline with callbacks: success, an error in the middle destroys all, premature close, argument checks.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => e && `${e.name} ${e.code} ${e.message}`;

const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ transform(c, e, cb) { cb(null, String(c).repeat(2)); } }),
  new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }),
  (err) => log('ok pipeline', err, out.join(',')),
);

const src = new Readable({ read() {} });
const mid = new Transform({ transform(c, e, cb) { cb(new Error('mid failed')); } });
const dst = new PassThrough();
for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) s.on('close', () => log(name, 'close', s.destroyed));
pipeline(src, mid, dst, (err) => log('failing pipeline', show(err), src.destroyed, dst.destroyed));
src.push('x');

const s2 = new Readable({ read() {} });
const d2 = new Writable({ write(c, e, cb) { cb(); } });
pipeline(s2, d2, (err) => log('premature', show(err)));
setTimeout(() => s2.destroy(), 5);

try { pipeline(new PassThrough()); } catch (e) { log('one arg', show(e)); }
try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { log('no cb', show(e)); }
try { pipeline(new PassThrough(), () => {}); } catch (e) { log('one stream', show(e)); }
