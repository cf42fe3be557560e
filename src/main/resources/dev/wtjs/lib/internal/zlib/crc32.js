'use strict';
// CRC-32 (the polynomial of zlib, gzip and PNG), continuing from a previous value, as zlib.crc32 computes it.

let table;
function makeTable() {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

module.exports = function crc32(bytes, previous) {
  table ??= makeTable();
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
};
