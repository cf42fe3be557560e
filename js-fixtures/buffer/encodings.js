'use strict';
// Buffer's string encodings: round trips, byte lengths, partial writes, lenient decoding of bad input.
const encodings = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii', 'base64',
  'base64url', 'hex'];
const samples = ['', 'plain ascii', 'héllo wörld', '€uro 😀', '\u0000\u007f\u0080\u00ff\u0100', 'ÿþ', 'a\ud800b'];

for (const enc of encodings) {
  for (const s of samples) {
    const b = Buffer.from(s, enc);
    console.log(enc.padEnd(9), JSON.stringify(s).padEnd(34), Buffer.byteLength(s, enc), b.toString('hex'),
      JSON.stringify(b.toString(enc)));
  }
}

// Text through one encoding and back through another.
const text = 'Grüße, 世界! 🎉';
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf16le']) {
  const encoded = Buffer.from(text).toString(enc);
  console.log('via', enc, encoded, Buffer.from(encoded, enc).toString() === text);
}

// Decoders skip what they cannot read.
console.log(Buffer.from('aGVs bG8=\n', 'base64').toString(), Buffer.from('aGVsbG8', 'base64').toString());
console.log(Buffer.from('a-_b', 'base64'), Buffer.from('a+/b', 'base64url'), Buffer.from('YQ==YQ==', 'base64'));
console.log(Buffer.from('abzz12', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('0x12', 'hex'));
console.log(Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98]).toString(), Buffer.from([0xff, 0x80]).toString('ascii'));
console.log(JSON.stringify(Buffer.from([0x41, 0x00, 0x42]).toString('utf16le')), Buffer.from('abc').toString('ucs2'));

// toString(encoding, start, end) clamps its range.
const abc = Buffer.from('abcdef');
for (const [s, e] of [[1, 3], [-1, 2], [4, 100], [3, 1], [NaN, 2], ['1', '4'], [undefined, 2], [6]])
  console.log('toString', s, e, JSON.stringify(abc.toString('utf8', s, e)));

// write(string[, offset[, length]][, encoding]) stops before a character that does not fit.
for (const args of [['€€€'], ['€€€', 2], ['€€€', 1, 4], ['ffee', 'hex'], ['ffee', 5, 'hex'], ['hi', 0, 1, 'latin1'],
  ['😀', 5], ['aGk=', 2, 'base64']]) {
  const b = Buffer.alloc(8, '.');
  const n = b.write(...args);
  console.log('write', JSON.stringify(args), n, b);
}

console.log(['utf8', 'UTF-8', 'Latin1', 'binary', 'UCS-2', 'utf16le', 'utf-16le', 'hex', 'base64url', 'utf16', 'nope', '',
  null, 1].map((e) => `${e}:${Buffer.isEncoding(e)}`).join(' '));
for (const bad of [() => Buffer.from('x', 'nope'), () => Buffer.from('x').toString('utf-9'), () => Buffer.alloc(2).write('x', 'bogus'),
  () => Buffer.byteLength(5), () => Buffer.alloc(2).write('x', 3)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Buffer.byteLength('héllo', 'nope'), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)));
