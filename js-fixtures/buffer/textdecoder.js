'use strict';
// TextDecoder and TextEncoder: labels, windows-1252 for the latin1 labels, BOMs, streaming, fatal mode.
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');

for (const label of ['utf-8', 'UTF8', ' unicode-1-1-utf-8\n', 'utf-16', 'utf-16le', 'utf-16be', 'latin1', 'ascii',
  'iso-8859-1', 'us-ascii', 'windows-1252', 'x-user-defined', 'replacement', 'iso-2022-kr', 'nope', '\u00a0utf-8'])
  attempt(`label ${JSON.stringify(label)}`, () => new TextDecoder(label).encoding);

const high = new Uint8Array(64).map((_, i) => 0x80 + i * 2);
for (const label of ['latin1', 'ascii', 'windows-1252', 'x-user-defined'])
  console.log(label, hex(new TextDecoder(label).decode(high)));
console.log('latin1 BOM bytes', hex(new TextDecoder('latin1', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41]))));

const samples = [[0xef, 0xbb, 0xbf, 0x41], [0xff, 0xfe, 0x41, 0x00], [0xfe, 0xff, 0x00, 0x41], [0xe2, 0x82], [0xc0, 0xaf],
  [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0x3d, 0xd8], [0x00, 0xdc, 0x41, 0x00]];
for (const label of ['utf-8', 'utf-16le', 'utf-16be'])
  for (const opts of [{}, { ignoreBOM: true }, { fatal: true }])
    for (const bytes of samples)
      attempt(`${label} ${JSON.stringify(opts)} [${bytes}]`, () => hex(new TextDecoder(label, opts).decode(new Uint8Array(bytes))));

// Streaming: a character split across calls, a BOM only at the very start.
const stream = [0xef, 0xbb, 0xbf, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x41, 0xef, 0xbb, 0xbf, 0x80, 0x3d, 0xd8];
for (const label of ['utf-8', 'utf-16le', 'utf-16be', 'latin1']) {
  const d = new TextDecoder(label);
  const parts = stream.map((b) => d.decode(new Uint8Array([b]), { stream: true }));
  console.log('stream', label, hex(parts.join('') + d.decode()), hex(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
}
const fatal = new TextDecoder('utf-8', { fatal: true });
attempt('fatal split', () => [fatal.decode(new Uint8Array([0xe2]), { stream: true }), fatal.decode(new Uint8Array([0x82, 0xac]))]);
attempt('fatal flush', () => { fatal.decode(new Uint8Array([0xe2]), { stream: true }); return fatal.decode(); });
attempt('fatal after error', () => fatal.decode(new Uint8Array([0x41])));

for (const [label, input] of [['utf-8', 'str'], ['latin1', 'str'], ['utf-16le', 'str'], ['utf-8', null]])
  attempt(`decode ${label} ${input}`, () => new TextDecoder(label).decode(input));
attempt('decode()', () => new TextDecoder().decode());
attempt('decode ArrayBuffer', () => new TextDecoder().decode(new Uint8Array([0x68, 0x69]).buffer));
attempt('decode DataView', () => new TextDecoder('latin1').decode(new DataView(new Uint8Array([0x80, 0x68]).buffer)));
attempt('decode Uint16Array', () => new TextDecoder('utf-16le').decode(new Uint16Array([0x68, 0x20ac])));
attempt('bad options', () => new TextDecoder('utf-8', 5));
attempt('bad decode options', () => new TextDecoder().decode(new Uint8Array(1), 'x'));
attempt('bad this', () => TextDecoder.prototype.decode.call({}));
attempt('encoding getter bad this', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(1));
const d = new TextDecoder('utf-16le', { fatal: true });
console.log(d, [d.encoding, d.fatal, d.ignoreBOM], Object.prototype.toString.call(d), util.inspect(d, { depth: -1 }));

const enc = new TextEncoder();
console.log(enc, enc.encoding, enc.encode('€😀\ud800'), enc.encode(), enc.encode(123), Object.prototype.toString.call(enc));
for (const s of ['abc', '€€', '😀x', 'a\ud800'])
  for (const size of [0, 2, 3, 5]) {
    const dest = new Uint8Array(size);
    console.log('encodeInto', JSON.stringify(s), size, enc.encodeInto(s, dest), dest);
  }
attempt('encodeInto bad dest', () => enc.encodeInto('a', []));
attempt('encodeInto no src', () => enc.encodeInto());
attempt('encode bad this', () => TextEncoder.prototype.encode.call({}, 'a'));
