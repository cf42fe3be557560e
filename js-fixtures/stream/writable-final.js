'use strict';
// final runs before 'finish'; errors from final; construct delays writes.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  construct(cb) { log('construct'); setTimeout(cb, 2); },
  write(chunk, enc, cb) { log('_write', String(chunk)); cb(); },
  final(cb) { log('final'); setTimeout(cb, 2); },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
w.write('one');
w.end('two');
log('sync end');

const bad = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
bad.on('error', (e) => log('bad error', e.message));
bad.on('finish', () => log('bad finish (not expected)'));
bad.on('close', () => log('bad close'));
bad.end((e) => log('bad end cb', e && e.message));
