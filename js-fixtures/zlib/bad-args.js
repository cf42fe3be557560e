// Wrong arguments, constants, codes, crc32, and what is not there (brotli, zstd).
const zlib = require('zlib');

const attempts = [
  () => zlib.gzipSync(5),
  () => zlib.gzipSync({}),
  () => zlib.gzipSync('a', { level: 12 }),
  () => zlib.gzipSync('a', { level: 'x' }),
  () => zlib.gzipSync('a', { level: Infinity }),
  () => zlib.gzipSync('a', { windowBits: 3 }),
  () => zlib.deflateSync('a', { windowBits: 16 }),
  () => zlib.deflateSync('a', { memLevel: 0 }),
  () => zlib.deflateSync('a', { strategy: 5 }),
  () => zlib.deflateSync('a', { chunkSize: 10 }),
  () => zlib.deflateSync('a', { flush: 9 }),
  () => zlib.deflateSync('a', { dictionary: 'str' }),
  () => zlib.createGzip(5),
  () => zlib.gzip('a'),
  () => zlib.gzip('a', {}, 'cb'),
  () => zlib.crc32(5),
  () => zlib.crc32('a', -1),
  () => zlib.crc32('a', 'x'),
  () => zlib.createDeflate().params(10, 0),
];
for (const a of attempts) {
  try {
    a();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

console.log(zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.from('hello world')),
            zlib.crc32(''), zlib.crc32(new Uint8Array([1, 2, 3]), 42));
console.log(zlib.codes.Z_DATA_ERROR, zlib.codes[-3], zlib.codes.Z_BUF_ERROR, zlib.codes[-5], Object.isFrozen(zlib.codes));
const c = zlib.constants;
console.log(c.Z_NO_FLUSH, c.Z_SYNC_FLUSH, c.Z_FULL_FLUSH, c.Z_FINISH, c.Z_BEST_COMPRESSION, c.Z_DEFAULT_COMPRESSION,
            c.GZIP, c.UNZIP, c.Z_MAX_CHUNK, c.Z_DEFAULT_CHUNK, c.Z_MIN_WINDOWBITS);
console.log(zlib.Z_OK, zlib.Z_BEST_SPEED, Object.keys(zlib).includes('Z_OK'));
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  console.log(name, typeof zlib[name], typeof zlib[`create${name}`]);
}
