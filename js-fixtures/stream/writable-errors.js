'use strict';
// write after end, write after destroy, callback twice, bad chunk, null, error from _write.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => e && `${e.name} ${e.code} ${e.message}`;

const a = new Writable({ write(c, e, cb) { cb(); } });
a.on('error', (e) => log('a error', show(e)));
a.on('close', () => log('a close'));
a.end();
log('a write ->', a.write('x', (e) => log('a cb', show(e))));

const b = new Writable({ write(c, e, cb) { cb(); } });
b.on('error', (e) => log('b error', show(e)));
b.destroy();
log('b write ->', b.write('x', (e) => log('b cb', show(e))));

const c = new Writable({ write(ch, e, cb) { cb(); cb(); } });
c.on('error', (e) => log('c error', show(e)));
c.write('x');

try { new Writable({ write() {} }).write(42); } catch (e) { log('d throws', show(e)); }
try { new Writable({ write() {} }).write(null); } catch (e) { log('e throws', show(e)); }
try { new Writable({ write() {} }).write('x', 'nope'); } catch (e) { log('f throws', show(e)); }

const g = new Writable({ write(ch, e, cb) { cb(new Error('write failed')); } });
g.on('error', (e) => log('g error', e.message, g.destroyed, g.writable));
g.on('close', () => log('g close'));
g.write('x', (e) => log('g cb', e && e.message));
g.write('y', (e) => log('g cb 2', show(e)));

const h = new Writable({ write(ch, e, cb) { cb(); } });
h.on('error', (e) => log('h error', show(e)));
h.end();
h.end((e) => log('h second end cb', show(e)));
setTimeout(() => h.end((e) => log('h late end cb', show(e))), 5);

const k = new Writable();
try {
k.on('error', (e) => log('k error', show(e)));
k.write("x"); } catch (e) { log("k throws", show(e)); }
