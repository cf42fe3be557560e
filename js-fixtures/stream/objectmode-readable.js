'use strict';
// Object mode: hwm counts objects, falsy values flow, read(n) takes one, unshift puts one back.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
let i = 0;
const values = [0, '', false, { k: 1 }, [1, 2], 'end'];
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    log('_read at', i, 'length', this.readableLength);
    if (i < values.length) this.push(values[i++]);
    else this.push(null);
  },
});
r.once('readable', () => {
  const first = r.read(5);
  log('first', JSON.stringify(first));
  r.unshift('again');
  r.on('data', (v) => log('data', JSON.stringify(v)));
});
r.on('end', () => log('end'));
const w = new Writable({ objectMode: true, highWaterMark: 2, write(v, e, cb) { setImmediate(cb); } });
log(w.write(1), w.write(2), w.write(3), w.writableLength);
