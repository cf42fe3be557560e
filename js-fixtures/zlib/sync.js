// The synchronous one-shot functions: round trips, small outputs byte for byte, errors for bad input.
const zlib = require('zlib');

let text = '';
for (let i = 0; i < 3000; i++) text += `line ${i} ${(i * 7) % 13} the quick brown fox\n`;
const big = Buffer.from(text);

const pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync']];
for (const [pack, unpack] of pairs) {
  for (const level of [undefined, 0, 1, 9]) {
    const packed = zlib[pack](big, { level });
    const back = zlib[unpack](packed);
    console.log(pack, unpack, level, back.equals(big), level === 0 ? packed.length > big.length : packed.length < big.length / 4);
  }
}

// small inputs come out byte for byte as node's zlib writes them
for (const s of ['', 'hello', 'hello hello hello hello', 'x']) {
  console.log(JSON.stringify(s), zlib.gzipSync(s).toString('hex'), zlib.deflateSync(s).toString('hex'),
              zlib.deflateRawSync(s).toString('hex'));
}
console.log(zlib.gzipSync('x', { level: 9 }).toString('hex'), zlib.gzipSync('x', { level: 1 }).toString('hex'));

// inputs of every kind
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))));
console.log(zlib.inflateSync(zlib.deflateSync(new Uint16Array([258]).buffer)));
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(new ArrayBuffer(2)))));
console.log(zlib.gunzipSync(zlib.gzipSync('€ unicode ✓')).toString());

// several gzip members; data after a zlib stream is ignored
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')])).toString());
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('garbage')])).toString());
console.log(zlib.unzipSync(zlib.gzipSync('u1')).toString(), zlib.unzipSync(zlib.deflateSync('u2')).toString());

// a gzip header with a name and a comment (written by hand)
const member = zlib.gzipSync('named');
const named = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x18, 0, 0, 0, 0, 0, 3]), Buffer.from('file.txt\0note\0'),
  member.subarray(10)]);
console.log(zlib.gunzipSync(named).toString());

// a dictionary
const dictionary = Buffer.from('hello world');
const withDict = zlib.deflateSync('hello world hello', { dictionary });
console.log(zlib.inflateSync(withDict, { dictionary }).toString());

// finishFlush: Z_SYNC_FLUSH reads a truncated stream as far as it goes
const truncated = zlib.gzipSync(big).subarray(0, 2000);
const partial = zlib.gunzipSync(truncated, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(partial.length > 0, big.subarray(0, partial.length).equals(partial));

const bad = [
  () => zlib.inflateSync(Buffer.from('hello')),
  () => zlib.gunzipSync(Buffer.from('hello')),
  () => zlib.gunzipSync(truncated),
  () => zlib.inflateSync(Buffer.alloc(0)),
  () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])),
  () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.from('garbage')])),
  () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3])),
  () => { const g = zlib.gzipSync('abc'); g[g.length - 8] ^= 1; return zlib.gunzipSync(g); },
  () => { const g = zlib.gzipSync('abc'); g[g.length - 4] ^= 1; return zlib.gunzipSync(g); },
  () => zlib.inflateSync(withDict),
  () => zlib.gzipSync('abc', { maxOutputLength: 5 }),
];
for (const f of bad) {
  try {
    console.log('no error', f());
  } catch (e) {
    console.log(e.name, JSON.stringify(e.message), e.code, e.errno, Object.keys(e));
  }
}
