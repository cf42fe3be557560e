'use strict';
// write returns false at the high water mark, 'drain' once the queue empties, callbacks order.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    log('_write', chunk.toString(), enc, 'length', this.writableLength);
    setImmediate(cb);
  },
});
w.on('drain', () => log('drain', w.writableLength, w.writableNeedDrain));
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
for (let i = 0; i < 5; i++) {
  const ok = w.write(`chunk${i}`, () => log('cb', i));
  log('write', i, ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
}
w.once('drain', () => {
  log('second phase');
  log('write small', w.write('ab'));
  w.end('end!', () => log('end cb'));
  log('ended', w.writableEnded, 'finished', w.writableFinished);
});
