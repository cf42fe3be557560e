// stream/consumers over node streams, web streams and async generators.
const sc = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  console.log(Object.keys(sc));
  await sc.text(5).catch((e) => console.log(e.name, e.code, e.message));
  console.log(await sc.json(Readable.from(['{"a"', ':1}'])));
  console.log(await sc.buffer(ReadableStream.from([new Uint8Array([1]), 'x'])));
  console.log(await sc.text((async function* () { yield 'a'; yield Buffer.from('b'); yield new Uint8Array([0xe2, 0x82]); yield new Uint8Array([0xac]); })()));
  console.log(await sc.blob(Readable.from(['ab'])));
  console.log(await sc.arrayBuffer(Readable.from([Buffer.from('ab')])));
  console.log(await sc.bytes(Readable.from([Buffer.from('ab')])));
  console.log(await sc.text(new Blob(['from a blob']).stream()));
  console.log(await sc.text(require('stream/consumers') === require('node:stream/consumers') ? Readable.from(['same']) : Readable.from(['diff'])));
})();
