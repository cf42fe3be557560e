'use strict';
// concat, compare, equals, indexOf/lastIndexOf/includes, copy, slice/subarray, fill, swap.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

const a = Buffer.from('abc'), b = Buffer.from('abd'), empty = Buffer.alloc(0);
console.log(Buffer.concat([a, new Uint8Array([1, 2]), b]), Buffer.concat([a, b], 4), Buffer.concat([a], 5), Buffer.concat([]));
attempt('concat bad', () => Buffer.concat([a, 'x']));
attempt('concat not array', () => Buffer.concat(a));
attempt('concat length -1', () => Buffer.concat([a], -1));
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(empty, a),
  [b, a, empty, Buffer.from('ab')].sort(Buffer.compare).map(String));
console.log(a.equals(Buffer.from('abc')), a.equals(b), empty.equals(new Uint8Array(0)));
attempt('equals bad', () => a.equals('abc'));
attempt('compare bad', () => Buffer.compare(a, 'x'));
const long = Buffer.from('abcdef');
for (const args of [[0], [1, 3], [1, 3, 0, 2], [0, 10, 0, 10], [5], [0, 0, 0, 0], [2, 1, 3, 2], [-1]])
  attempt(`compare(${args})`, () => long.compare(Buffer.from('bcd'), ...args));

const hay = Buffer.from('abcabc€😀abc\u0000');
for (const needle of ['a', 'abc', 'c€', '😀', '', 'zz', 97, 0x162, -159, Buffer.from('ca'), new Uint8Array([0x62]), 'YWJj'])
  for (const [off, enc] of [[undefined, undefined], [1, undefined], [-4, undefined], [100, undefined], ['latin1', undefined],
    [0, 'ucs2'], [0, 'base64'], [0, 'hex']])
    attempt(`indexOf(${typeof needle === 'object' ? `[${[...needle]}]` : JSON.stringify(needle)}, ${off}, ${enc})`,
            () => [hay.indexOf(needle, off, enc), hay.lastIndexOf(needle, off, enc), hay.includes(needle, off, enc)]);
const wide = Buffer.from('abcabc', 'ucs2');
console.log(wide.indexOf('bc', 0, 'ucs2'), wide.lastIndexOf('b', -1, 'ucs2'), wide.indexOf('c', 5, 'utf16le'));
attempt('indexOf({})', () => a.indexOf({}));
attempt('indexOf bad enc', () => a.indexOf('a', 0, 'nope'));

for (const args of [[], [1, 2], [0, 1, 1], [2, 4, 5], [0, 0, 0, 99], [0, -1]]) {
  const src = Buffer.from('abcdef'), dst = Buffer.alloc(4, '-');
  attempt(`copy(${args})`, () => [src.copy(dst, ...args), dst.toString()]);
}
const self = Buffer.from('abcdef');
console.log(self.copy(self, 2, 0, 4), self.toString());

for (const args of [[], [1], [1, 3], [-2], [-3, -1], [3, 1], [0, 100], ['1', '3'], [NaN, 2]]) {
  const s = Buffer.from('abcdef');
  const part = s.slice(...args);
  part.fill('!');
  console.log(`slice(${args})`, part.length, s.toString(), s.subarray(...args).toString(), part.buffer === s.buffer);
}

for (const args of [[0], [255], [256], [-1], ['a'], ['abc'], ['ab', 'hex'], ['', 'utf8'], ['€'], ['aGk=', 'base64'],
  [[1, 2, 3]], [new Uint8Array([9, 8])], [1.7], [true], ['x', 2], ['x', 1, 3], ['yz', 1, 4, 'latin1'], ['zz', 'hex'],
  [new Uint8Array(0)], ['a', 0, 6, 'bogus'], [0, -1], [0, 0, 7], ['abc', 'ucs2']]) {
  attempt(`fill(${args.map((x) => (typeof x === 'string' ? JSON.stringify(x) : Array.isArray(x) ? `[${x}]` : x))})`,
          () => Buffer.alloc(6).fill(...args).toString('hex'));
}
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(4, 'YWI=', 'base64'), Buffer.alloc(3, 0x101));

for (const [n, len] of [[16, 4], [32, 8], [64, 16], [16, 3], [32, 6], [64, 4]]) {
  attempt(`swap${n} len ${len}`, () => Buffer.from(Array.from({ length: len }, (_, i) => i))[`swap${n}`]().toString('hex'));
}
