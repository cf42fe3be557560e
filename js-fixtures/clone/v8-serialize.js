'use strict';
// v8.serialize bytes (hex) equal node's, and v8.deserialize reads them back.
const v8 = require('v8');

class Point { constructor() { this.x = 1; this.y = -2; } }
const shared = { s: 'shared' };
const cyc = { name: 'cyc' };
cyc.self = cyc;
const holes = [1, , 'three'];
holes.extra = true;
const values = {
  'undefined': undefined,
  'null': null,
  'true': true,
  'false': false,
  'small int': 7,
  'negative int': -1,
  'int32 max': 2147483647,
  'double': 3.5,
  '-0': -0,
  'NaN': NaN,
  'Infinity': -Infinity,
  'one-byte string': 'hello',
  'latin1 string': 'héllo',
  'two-byte string': 'h€llo',
  'lone surrogate': '\uD800x',
  'empty string': '',
  'BigInt': 2n ** 64n + 1n,
  'negative BigInt': -255n,
  'BigInt 0': 0n,
  'Number box': new Number(2.5),
  'String box': new String('bx'),
  'Boolean box': new Boolean(true),
  'BigInt box': Object(3n),
  'object': { a: 1, b: 'two', 3: 'int key' },
  'nested object': { o: { p: { q: [] } } },
  'class instance': new Point(),
  'dense array': [1, 2, 3],
  'array with holes': holes,
  'empty array': [],
  'Date': new Date(Date.UTC(2001, 2, 3, 4, 5, 6, 7)),
  'RegExp': /ab+c/gi,
  'RegExp all flags': /x/dgimsuy,
  'Map': new Map([[1, 'a'], ['b', { c: 2 }]]),
  'Set': new Set(['x', 1, null]),
  'ArrayBuffer': new Uint8Array([0, 1, 254, 255]).buffer,
  'Uint8Array': new Uint8Array([1, 2, 3]),
  'Int16Array at offset': new Int16Array(new ArrayBuffer(8), 2, 2),
  'Float64Array': new Float64Array([0.5, -1]),
  'BigInt64Array': new BigInt64Array([-1n]),
  'DataView': new DataView(new ArrayBuffer(4), 1, 2),
  'Error': Object.assign(new RangeError('bad'), { stack: 'RangeError: bad\n    at fixed' }),
  'Error with cause': Object.assign(new Error('outer', { cause: 'why' }), { stack: 'Error: outer' }),
  'repeated reference': [shared, shared],
  'cycle': cyc,
};

function same(a, b) {
  return require('util').isDeepStrictEqual(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

for (const [name, value] of Object.entries(values)) {
  const buf = v8.serialize(value);
  const back = v8.deserialize(buf);
  let roundTrip;
  if (name === 'cycle') roundTrip = back.self === back && back.name === 'cyc';
  else if (name === 'repeated reference') roundTrip = back[0] === back[1] && back[0].s === 'shared';
  else if (name === 'Error' || name === 'Error with cause') {
    roundTrip = back instanceof Error && back.message === value.message && back.stack === value.stack && back.cause === value.cause;
  } else if (name === '-0') roundTrip = Object.is(back, -0);
  else if (name === 'class instance') roundTrip = Object.getPrototypeOf(back) === Object.prototype && back.x === 1 && back.y === -2;
  else roundTrip = same(back, value);
  console.log(`${name}: ${buf.toString('hex')} ${roundTrip ? 'round trip ok' : 'ROUND TRIP DIFFERS'}`);
}

// A Buffer is written as a Uint8Array host object and read back as a Buffer.
const b = v8.deserialize(v8.serialize(Buffer.from('buf')));
console.log('Buffer:', v8.serialize(Buffer.from('buf')).toString('hex'), b.constructor.name, Array.from(b).join());

// Deserialize bytes written by hand (node's format, version 15).
console.log('hand-written:', v8.deserialize(Buffer.from('ff0f6f220161490422016253036f6b217b02', 'hex')));
try {
  v8.deserialize(Buffer.from('ff0f', 'hex'));
} catch (e) {
  console.log('truncated:', e.name, e.message);
}
try {
  v8.serialize(() => 1);
} catch (e) {
  console.log('serialize function:', e.name, e.message, e.code);
}

// The Serializer / Deserializer classes.
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(300);
ser.writeUint64(1, 2);
ser.writeDouble(0.25);
ser.writeValue({ k: [1] });
ser.writeRawBytes(Buffer.from([9, 8]));
const out = ser.releaseBuffer();
console.log('Serializer:', out.toString('hex'));
const des = new v8.Deserializer(out);
console.log('Deserializer:', des.readHeader(), des.readUint32(), des.readUint64(), des.readDouble(), des.readValue(),
  Array.from(des.readRawBytes(2)).join(), des.getWireFormatVersion());
