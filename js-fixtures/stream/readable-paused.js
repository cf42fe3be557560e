'use strict';
// Paused mode: 'readable' and read(n) with partial reads, hwm and what read returns.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    log('_read', size, 'length', this.readableLength);
    n++;
    if (n <= 3) this.push(Buffer.from('xyz' + n));
    else this.push(null);
  },
});
r.on('readable', () => {
  log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read(3)) !== null) log('read(3)', chunk.toString());
  log('read(3) null, length', r.readableLength);
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
