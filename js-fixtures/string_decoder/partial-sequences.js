// StringDecoder over every split point of multi-byte text in each encoding, invalid UTF-8, unknown encodings.
const { StringDecoder: SD } = require("string_decoder");
const out = [];
const inputs = ['€😀aé', 'ab\u00ff', '𝌆x'];
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1', 'base64url', 'ascii']) {
  for (const s of inputs) {
    const b = Buffer.from(s, 'utf8');
    const b2 = Buffer.from(s, 'utf16le');
    for (const src of [b, b2]) for (let cut = 0; cut <= src.length; cut++) {
      const d = new SD(enc);
      out.push(JSON.stringify([enc, cut, d.write(src.subarray(0, cut)), d.write(src.subarray(cut, cut + 1)), d.write(src.subarray(cut + 1)), d.end()]));
    }
  }
}
// invalid utf8
for (const bytes of [[0xe2], [0xe2, 0x82], [0xf0, 0x9f], [0xe2, 0x41], [0xc3], [0xed, 0xa0], [0xff, 0xe2, 0x82], [0x80,0x80]]) {
  const d = new SD('utf8'); out.push(JSON.stringify(bytes.map(x => d.write(Buffer.from([x]))).concat(d.end())));
  const d2 = new SD('utf8'); out.push(JSON.stringify([d2.write(Buffer.from(bytes)), d2.end()]));
}
try { new SD('nope') } catch (e) { out.push(e.code + e.message) }
console.log(out.join('\n'));
