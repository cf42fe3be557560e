'use strict';
// Flowing mode: data/end/close order against nextTick and promise jobs.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({
  read() {},
});
r.on('data', (c) => log('data', c.toString()));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
r.on('pause', () => log('pause'));
r.on('resume', () => log('resume'));
r.push('a');
r.push('b');
log('pushed, flowing =', r.readableFlowing, 'length =', r.readableLength);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('micro 1'));
setImmediate(() => {
  r.push('c');
  log('after push c');
  r.push(null);
  log('after push null', r.readableEnded, r.readable);
  process.nextTick(() => log('tick 2'));
});
