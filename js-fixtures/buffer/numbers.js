'use strict';
// Buffer's number readers and writers, their results and their range errors.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

const src = Buffer.from([0x01, 0xfe, 0x80, 0x7f, 0xff, 0x00, 0x10, 0x3f, 0xc0, 0x55, 0xaa, 0x12]);
const fixed = { UInt8: 1, Int8: 1, UInt16LE: 2, UInt16BE: 2, Int16LE: 2, Int16BE: 2, UInt32LE: 4, UInt32BE: 4,
  Int32LE: 4, Int32BE: 4, FloatLE: 4, FloatBE: 4, DoubleLE: 8, DoubleBE: 8, BigInt64LE: 8, BigInt64BE: 8,
  BigUInt64LE: 8, BigUInt64BE: 8 };
for (const [name, size] of Object.entries(fixed)) {
  const reads = [0, 1, src.length - size].map((off) => src[`read${name}`](off));
  console.log(`read${name}`, ...reads);
  attempt(`read${name}(len-size+1)`, () => src[`read${name}`](src.length - size + 1));
}
console.log(src.readUint8(0), src.readUint16LE(0), src.readBigUint64BE(0), src.readUInt8(), src.readInt8());

for (const bl of [1, 2, 3, 4, 5, 6]) {
  console.log('byteLength', bl, src.readUIntLE(1, bl), src.readUIntBE(1, bl), src.readIntLE(1, bl), src.readIntBE(1, bl));
}

const writes = [
  ['UInt8', 255], ['UInt8', 256], ['UInt8', -1], ['Int8', -128], ['Int8', 128], ['Int8', -1.9], ['UInt8', 3.7],
  ['UInt8', NaN], ['UInt8', '7'], ['UInt16LE', 0xbeef], ['UInt16BE', 0xbeef], ['UInt16LE', 65536], ['Int16BE', -32768],
  ['Int16LE', 40000], ['UInt32LE', 0xdeadbeef], ['UInt32BE', 2 ** 32], ['Int32LE', -1], ['Int32BE', 2 ** 31],
  ['FloatLE', 1.5], ['FloatBE', -0], ['FloatLE', 1e40], ['DoubleBE', Math.PI], ['DoubleLE', NaN],
  ['BigInt64LE', -1n], ['BigInt64BE', 2n ** 63n], ['BigUInt64LE', 2n ** 64n - 1n], ['BigUInt64BE', -1n],
  ['BigInt64LE', 5],
];
for (const [name, value] of writes) {
  const b = Buffer.alloc(8);
  attempt(`write${name}(${typeof value === 'bigint' ? `${value}n` : JSON.stringify(value) ?? String(value)})`,
          () => [b[`write${name}`](value, 0), b.toString('hex')]);
}

for (const [m, v, bl] of [['UIntLE', 0x123456, 3], ['UIntBE', 2 ** 40, 6], ['IntLE', -(2 ** 47), 6], ['IntBE', -1, 5],
  ['UIntLE', 2 ** 24, 3], ['IntLE', 2 ** 47, 6], ['UIntBE', 1, 7], ['IntLE', 1, 0], ['UIntLE', 1, undefined]]) {
  const b = Buffer.alloc(8);
  attempt(`write${m}(${v}, 1, ${bl})`, () => [b[`write${m}`](v, 1, bl), b.toString('hex')]);
}

const small = Buffer.alloc(4);
for (const [label, fn] of [
  ['readUInt8(4)', () => small.readUInt8(4)], ['readUInt8(-1)', () => small.readUInt8(-1)],
  ['readUInt8(1.5)', () => small.readUInt8(1.5)], ['readUInt8("1")', () => small.readUInt8('1')],
  ['readUInt8(null)', () => small.readUInt8(null)], ['readUInt32LE(1)', () => small.readUInt32LE(1)],
  ['readDoubleLE(0)', () => small.readDoubleLE(0)], ['readBigInt64LE()', () => small.readBigInt64LE()],
  ['readUIntLE()', () => small.readUIntLE()], ['readUIntLE(0)', () => small.readUIntLE(0)],
  ['readIntBE(0, 7)', () => small.readIntBE(0, 7)], ['readIntBE(0, 2.5)', () => small.readIntBE(0, 2.5)],
  ['writeUInt16LE(1, 3)', () => small.writeUInt16LE(1, 3)], ['writeFloatBE(1, 1)', () => small.writeFloatBE(1, 1)],
  ['writeInt8(1, "0")', () => small.writeInt8(1, '0')], ['writeUInt8(300, 9)', () => small.writeUInt8(300, 9)],
  ['empty readUInt8(0)', () => Buffer.alloc(0).readUInt8(0)], ['empty writeInt32LE(0)', () => Buffer.alloc(0).writeInt32LE(0)],
]) attempt(label, fn);
