'use strict';
// The buffer module itself: exports, constants, the pool, allocation errors, atob/btoa, isUtf8/isAscii, the
// deprecated Buffer() and SlowBuffer.
const buffer = require('buffer');
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

console.log(Object.keys(buffer).sort().join(' '));
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES,
  buffer.Buffer === Buffer, Buffer.poolSize);
console.log(Object.getOwnPropertyNames(Buffer).sort().join(' '));

// Small buffers share one pool; big and zero-filled ones do not.
const p1 = Buffer.from('x'), p2 = Buffer.allocUnsafe(10), p3 = Buffer.from([1, 2, 3]);
console.log(p1.buffer.byteLength, p2.buffer.byteLength, p3.buffer.byteLength, p1.buffer === p2.buffer,
  p1.byteOffset % 8, p2.byteOffset % 8, p3.byteOffset % 8);
console.log(Buffer.alloc(10).buffer.byteLength, Buffer.allocUnsafeSlow(10).buffer.byteLength,
  Buffer.from('y'.repeat(Buffer.poolSize / 2)).buffer.byteLength, Buffer.from('').buffer.byteLength,
  Buffer.allocUnsafe(0).buffer.byteLength, Buffer.of(1, 2).buffer.byteLength);
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 9;
console.log(view.buffer === ab, view.byteOffset, view.length, new Uint8Array(ab)[2], view.parent === ab, view.offset);
attempt('from(ab, 9)', () => Buffer.from(ab, 9));
attempt('from(ab, 2, 7)', () => Buffer.from(ab, 2, 7));
console.log(Buffer.from(ab, 8).length, Buffer.from(ab, 1, -3).length, Buffer.from(ab, '2').length);
console.log(Buffer.copyBytesFrom(new Uint16Array([1, 0x203])), Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));

for (const f of [[1, 2, 300, -1, 'x', 1.5], new Uint16Array([1, 0x102]), { length: 2, 0: 5, 1: 6 },
  { type: 'Buffer', data: [1, 2] }, new String('abc'), { length: 'x' }, { valueOf: () => 'ab' },
  { [Symbol.toPrimitive]: () => 'prim' }, null, 5, {}, undefined])
  attempt('from', () => Buffer.from(f));

for (const size of [-1, 'x', NaN, 2 ** 53, 1.5, Infinity]) {
  attempt(`alloc(${String(size)})`, () => Buffer.alloc(size).length);
  attempt(`allocUnsafe(${String(size)})`, () => Buffer.allocUnsafe(size).length);
}

for (const s of ['', 'a', 'ab', 'abc', 'hello', 'ÿ', '\u0100'])
  attempt(`btoa(${JSON.stringify(s)})`, () => buffer.btoa(s));
for (const s of ['', 'YQ', 'YQ==', 'YWJj', ' Y W J j ', 'YQ===', 'a', '$$', '-_', 'undefined'])
  attempt(`atob(${JSON.stringify(s)})`, () => JSON.stringify(buffer.atob(s)));
attempt('atob()', () => buffer.atob());
try { atob('*'); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); }

for (const bytes of [[], [0x61], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]])
  console.log('isUtf8/isAscii', bytes, buffer.isUtf8(new Uint8Array(bytes)), buffer.isAscii(Buffer.from(bytes)),
    buffer.isUtf8(new Uint8Array(bytes).buffer));
attempt('isUtf8("x")', () => buffer.isUtf8('x'));

console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(null));
console.log(Buffer(3), new Buffer('hi'), Buffer([1, 2]));
attempt('Buffer(3, "utf8")', () => Buffer(3, 'utf8'));
console.log(buffer.SlowBuffer(2).length);

// transcode between the encodings ICU converts.
const { transcode } = buffer;
for (const [bytes, from, to] of [[[0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], 'utf8', 'ucs2'],
  [[0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], 'utf8', 'latin1'], [[0x61, 0xe9, 0x80], 'ascii', 'utf8'],
  [[0x61, 0xe9, 0xff], 'binary', 'UTF-8'], [[0x61, 0x00, 0x62], 'ucs2', 'utf8'], [[0x3d, 0xd8, 0x61, 0x00], 'ucs2', 'utf8'],
  [[0x3d, 0xd8, 0x61, 0x00], 'ucs2', 'ascii'], [[0xc3, 0x28, 0xff], 'utf8', 'utf8'], [[0xc3, 0x28], 'utf8', 'utf16le'],
  [[0x61], 'utf8', 'hex'], [[0x61], 'nope', 'utf8'], [[], 'utf8', 'nope']])
  attempt(`transcode [${bytes}] ${from} -> ${to}`, () => transcode(Buffer.from(bytes), from, to));
attempt('transcode string', () => transcode('abc', 'utf8', 'ucs2'));
try { transcode(Buffer.from('a'), 'utf8', 'base64'); } catch (e) { console.log(Object.keys(e), e.errno, String(e)); }
