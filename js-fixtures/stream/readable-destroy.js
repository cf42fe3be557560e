'use strict';
// destroy with and without an error, destroy callbacks, _destroy, double destroy, events after destroy.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({
  read() {},
  destroy(err, cb) {
    log('_destroy', err && err.message);
    setTimeout(() => cb(err), 1);
  },
});
r.on('close', () => log('r close', r.destroyed, r.closed, r.errored && r.errored.message));
r.on('error', (e) => log('r error', e.message));
r.on('end', () => log('r end'));
r.push('a');
r.destroy(new Error('bye'));
log('destroyed', r.destroyed, 'closed', r.closed);
r.destroy(new Error('second'));
log('push after destroy', r.push('b'));

const s = new Readable({ read() {} });
s.on('close', () => log('s close', s.readableAborted));
s.on('data', (c) => log('s data', String(c)));
s.push('x');
s.destroy();
log('s destroyed', s.destroyed);

const t = new Readable({ read() {}, emitClose: false });
t.on('close', () => log('t close (not expected)'));
t.destroy(null, (err) => log('t destroy cb', err));
