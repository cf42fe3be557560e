'use strict';
// A fast source piped into a slow sink: how often write() says false, how many drains, how big the buffers get.
const { Readable, Writable } = require('stream');
let produced = 0;
const src = new Readable({
  highWaterMark: 16,
  read() {
    produced++;
    this.push(produced <= 40 ? Buffer.alloc(5, produced) : null);
  },
});
let falses = 0;
let drains = 0;
let maxSrc = 0;
let maxDst = 0;
const dst = new Writable({
  highWaterMark: 20,
  write(chunk, enc, cb) {
    maxSrc = Math.max(maxSrc, src.readableLength);
    maxDst = Math.max(maxDst, this.writableLength);
    setImmediate(cb);
  },
});
const write = dst.write;
dst.write = function (...args) {
  const ok = write.apply(this, args);
  if (!ok) falses++;
  return ok;
};
dst.on('drain', () => drains++);
dst.on('finish', () => console.log({ produced, falses, drains, maxSrc, maxDst }));
src.pipe(dst);
