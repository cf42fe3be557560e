'use strict';
// Percent-encoding shared by querystring, url and internal/url.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// '%00' .. '%FF', upper-case hex.
const hexTable = Array.from({ length: 256 }, (_, b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`);

// 1 for the ASCII codes of 0-9, A-F and a-f.
const isHexTable = new Int8Array(256);
for (const ch of '0123456789ABCDEFabcdef') isHexTable[ch.charCodeAt(0)] = 1;

// Percent-encodes `str` as UTF-8, leaving the ASCII characters whose entry in `keep` (an array of 128
// flags) is 1. A surrogate code unit is paired with whatever unit follows it (as node does); one at the very
// end is an error.
function encodeStr(str, keep, table = hexTable) {
  let out = '';
  let plainFrom = 0;
  const flush = (to) => {
    if (to > plainFrom) out += str.slice(plainFrom, to);
  };
  for (let i = 0, n = str.length; i < n; i++) {
    let unit = str.charCodeAt(i);
    if (unit < 0x80) {
      if (keep[unit] === 1) continue;
      flush(i);
      out += table[unit];
    } else if (unit < 0x800) {
      flush(i);
      out += table[0xC0 | (unit >> 6)] + table[0x80 | (unit & 0x3F)];
    } else if (unit < 0xD800 || unit >= 0xE000) {
      flush(i);
      out += table[0xE0 | (unit >> 12)] + table[0x80 | ((unit >> 6) & 0x3F)] + table[0x80 | (unit & 0x3F)];
    } else {
      flush(i);
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const low = str.charCodeAt(++i) & 0x3FF;
      unit = 0x10000 + (((unit & 0x3FF) << 10) | low);
      out += table[0xF0 | (unit >> 18)] + table[0x80 | ((unit >> 12) & 0x3F)] +
        table[0x80 | ((unit >> 6) & 0x3F)] + table[0x80 | (unit & 0x3F)];
    }
    plainFrom = i + 1;
  }
  if (plainFrom === 0) return str;
  flush(str.length);
  return out;
}

module.exports = { encodeStr, hexTable, isHexTable };
