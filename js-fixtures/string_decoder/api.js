'use strict';
// StringDecoder surface: encoding names, end(buf), strings passed through, bad arguments, lastNeed/lastTotal.
const { StringDecoder } = require('string_decoder');
const log = (...a) => console.log(...a);
for (const enc of [undefined, 'UTF-8', 'ucs2', 'UTF16LE', 'binary', 'Latin1', 'BASE64', 'hex', 'ascii', 'base64url']) {
  log(String(enc), new StringDecoder(enc).encoding);
}
const d = new StringDecoder('utf8');
log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), d.lastNeed, d.lastTotal);
log(JSON.stringify(d.end(Buffer.from([0xac]))));
log(JSON.stringify(d.write(new Uint8Array([0x68, 0x69]))));
try { d.write(42); } catch (e) { log(e.code, e.message); }
try { new StringDecoder('utf9'); } catch (e) { log(e.code, e.message); }
const b = new StringDecoder('base64');
log(b.write(Buffer.from('ab')), b.lastNeed, b.end(), b.end());
const h = new StringDecoder('hex');
log(h.write(Buffer.from([255, 1])), h.end(Buffer.from([16])));
