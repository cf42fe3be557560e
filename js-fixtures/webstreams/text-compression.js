// TextEncoderStream, TextDecoderStream and (De)CompressionStream, chained with pipeThrough.
(async () => {
  const te = new TextEncoderStream();
  console.log(te.encoding, te);
  const tw = te.writable.getWriter();
  tw.write(5); tw.write('\ud83d'); tw.write('\ude00x'); tw.close();
  for await (const c of te.readable) console.log(c);
  const td = new TextDecoderStream('utf-8', { fatal: true });
  console.log(td.encoding, td.fatal, td.ignoreBOM, td);
  const text = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x41])]).pipeThrough(new TextDecoderStream());
  for await (const c of text) console.log(JSON.stringify(c));
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const round = ReadableStream.from(['héllo ', 'wörld']).pipeThrough(new TextEncoderStream())
      .pipeThrough(new CompressionStream(format)).pipeThrough(new DecompressionStream(format)).pipeThrough(new TextDecoderStream());
    let s = '';
    for await (const c of round) s += c;
    console.log(format, s);
  }
  const zlib = require('zlib');
  const packed = zlib.gzipSync('from zlib');
  const un = ReadableStream.from([packed]).pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream());
  for await (const c of un) console.log(c);
  const bad = ReadableStream.from([new Uint8Array([1, 2, 3])]).pipeThrough(new DecompressionStream('deflate'));
  try { for await (const c of bad) console.log(c); } catch (e) { console.log('bad', e.name); }
})();
