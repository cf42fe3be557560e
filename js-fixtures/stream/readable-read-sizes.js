'use strict';
// read() with no argument, read(0), read(n) larger than the buffer, and after end.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.push('hello');
r.push('world');
log('read(2)', String(r.read(2)));
log('read(100)', r.read(100));
log('read()', String(r.read()));
log('read()', r.read());
r.push('tail');
r.push(null);
log('read(100) after end', String(r.read(100)));
log('read(0)', r.read(0));
log('ended', r.readableEnded);
r.on('end', () => log('end', r.readableEnded));
r.on('close', () => log('close', r.destroyed));
r.on('readable', () => log('readable'));
