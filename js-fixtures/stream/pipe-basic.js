'use strict';
// pipe: data flows, end propagates, 'pipe'/'unpipe' events, backpressure pauses the source.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
let n = 0;
const src = new Readable({
  highWaterMark: 8,
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push(`chunk-${n}`);
  },
});
const seen = [];
const dst = new Writable({
  highWaterMark: 12,
  write(chunk, enc, cb) {
    seen.push(String(chunk));
    log('write', String(chunk), 'src paused', src.isPaused(), 'src length', src.readableLength);
    setTimeout(cb, 1);
  },
});
dst.on('pipe', (s) => log('pipe event', s === src));
dst.on('unpipe', (s) => log('unpipe event', s === src));
dst.on('drain', () => log('drain'));
dst.on('finish', () => log('finish', seen.length));
src.on('end', () => log('src end'));
src.on('pause', () => log('src pause'));
src.on('resume', () => log('src resume'));
log('pipe returns dest', src.pipe(dst) === dst);
