'use strict';
// finished(): after end, after finish, on error, premature close, already-finished streams, cleanup.
const { finished, Readable, Writable, PassThrough } = require('stream');
const fp = require('stream/promises').finished;
const log = (...a) => console.log(...a);
const show = (e) => e && `${e.name} ${e.code} ${e.message}`;

const r = new Readable({ read() {} });
finished(r, (err) => log('r finished', err));
r.resume();
r.push('a');
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log('w finished', err));
w.end('x');

const e = new PassThrough();
finished(e, (err) => log('e finished', show(err)));
e.destroy(new Error('broken'));

const p = new PassThrough();
finished(p, (err) => log('p finished', show(err)));
p.destroy();

const done = new Readable({ read() {} });
done.resume();
done.push(null);
done.on('close', () => {
  finished(done, (err) => log('already closed', show(err)));
});

const c = new PassThrough();
const cleanup = finished(c, () => log('never'));
cleanup();
c.end();
c.resume();

fp(new Readable({ read() { this.push(null); } }).resume()).then(() => log('promise finished'));
fp(new PassThrough().destroy(new Error('x'))).catch((err) => log('promise rejected', err.message));
try { finished(42, () => {}); } catch (err) { log('bad', show(err)); }
