// node's StringDecoder holds back, at a chunk's end, a byte whose high bits start a multi-byte sequence (0xC0, 0xC1
// and 0xF5-0xF7 too), and decodes it with what follows: U+FFFD per byte when that is not valid UTF-8.
const { StringDecoder } = require('string_decoder');
const cases = [[[], [76,209,89,149,34,127,193], [78]], [[130,79,144,31,161,1,48,122], [132,217,107,181,71,131,149,247]], [[13,194,38,203,76,192], [149,236,65,16,32,74]], [[54,141,129,200,156,137,68,151], [155,245]], [[0xe0], [0x80], [0x80]], [[0xf4], [0x90, 0x80], [0x80]], [[0xed, 0xa0], [0x80]], [[0xf0, 0x9f], [0x98], [0x80, 0x41]]];
for (const c of cases) {
  const d = new StringDecoder('utf8');
  const out = c.map((b) => d.write(Buffer.from(b)));
  out.push(d.end());
  console.log(JSON.stringify(out));
}
