// CompressionStream/DecompressionStream: writes taken before reading, zlib errors as TypeErrors with a cause.
(async () => {
  const bad = ReadableStream.from([new Uint8Array([1, 2, 3])]).pipeThrough(new DecompressionStream('deflate'));
  try { for await (const c of bad) console.log(c); } catch (e) { console.log(e.name, e.code, Object.keys(e), e.message === '', e.cause.message, e.cause.code); }
  const cs = new CompressionStream('gzip');
  const w = cs.writable.getWriter();
  await w.write('str'); await w.write(new Uint8Array([65])); console.log('written'); w.close();
  console.log(require('zlib').gunzipSync(Buffer.from(await new Response(cs.readable).arrayBuffer())).toString());
  const trunc = ReadableStream.from([require('zlib').gzipSync('hello').subarray(0, 10)]).pipeThrough(new DecompressionStream('gzip'));
  try { for await (const c of trunc) console.log(c); } catch (e) { console.log('trunc', e.name, e.code, e.message); }
  console.log(new CompressionStream('deflate'));
})();
