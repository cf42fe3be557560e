'use strict';
// push after EOF, a bad chunk, unshift after end, _read not implemented.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => `${e.name} ${e.code} ${e.message}`;

const a = new Readable({ read() {} });
a.on('error', (e) => log('a error', show(e), a.destroyed));
a.on('close', () => log('a close'));
a.push(null);
log('a push after eof ->', a.push('x'));

const b = new Readable({ read() {} });
b.on('error', (e) => log('b error', show(e)));
log('b bad chunk ->', b.push(42));

const c = new Readable();
c.on('error', (e) => log('c error', show(e)));
c.read();

const d = new Readable({ read() {} });
d.on('error', (e) => log('d error', show(e)));
d.on('end', () => { log('d end'); d.unshift('z'); });
d.resume();
d.push(null);

const e = new Readable({ read() { throw new Error('boom in _read'); } });
e.on('error', (err) => log('e error', err.message, e.destroyed));
e.on('close', () => log('e close'));
e.resume();
