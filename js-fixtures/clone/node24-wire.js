'use strict';
// The wire format as node 24 writes and reads it: an Error's stack before its cause, error parts in one order
// (each once; a cause may be the error itself), varints that run past five bytes, BigInt length bits,
// host-object views with a partial last element.
const v8 = require('v8');

const e = new Error('m', { cause: 1 });
e.stack = 'S';
console.log('error', v8.serialize(e).toString('hex'));
const te = new TypeError('t', { cause: new RangeError('r') });
te.stack = 'T';
te.cause.stack = 'R';
console.log('nested', v8.serialize(te).toString('hex'));
const back = v8.deserialize(v8.serialize(te));
console.log('round trip', back.name, back.message, back.stack, back.cause.name, back.cause.stack);

const m = '6d220161';
const s = '73220153';
const c = '634902';
const inputs = [
  '5a808080800800', '5a838080800800000000000000ff', '5a8180808008', '5a02ff', '5a01', '5a0301ffffffffffffffff',
  '49fefebeff8f', '49fefebeff8f01', '49fefebeff8f8f8f01', '5580808080ff01',
  '5c0b0403040506', '5c0c03000000', '5c0e0400000000', '5c0a0300000000', '5c00020102',
  `72${m}2e`, `7252${m}2e`, `72${m}522e`, '7252542e', `72${s}${m}2e`, `72${m}${s}2e`, `72${c}${m}2e`,
  `72${m}${c}2e`, `72${c}${s}2e`, `72${s}${c}2e`, `72${m}${m}2e`, `72${s}${s}2e`, `72${c}${c}2e`, `72${s}2e`,
  `72${c}2e`, `72${m}${s}${c}2e`, '72635e002e', '72d2002e', '72ce00',
  '49ffffffffff', '49ffffffffffff', '410149ffffffffff7f240001', '72d2802e', '72d280002e', '72d2802e2e',
  '52220161b003', '5222016130',
];
for (const hex of inputs) {
  let out;
  try {
    const v = v8.deserialize(Buffer.from(`ff0f${hex}`, 'hex'));
    out = v instanceof Error ? `${v.name}|${v.message}|${v.stack}|${v.cause === v ? 'self' : v.cause}` : v;
  } catch (err) {
    out = `${err.name}: ${err.message}`;
  }
  console.log(hex, '->', out);
}
