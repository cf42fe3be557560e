// Byte streams: BYOB reads answered by byobRequest.respond, enqueue into pending reads, default readers, min.
(async () => {
  const bs = new ReadableStream({ type: 'bytes', pull(c) { const v = c.byobRequest.view; v[0] = 7; v[1] = 8; c.byobRequest.respond(2); c.close(); } });
  console.log(bs);
  const br = bs.getReader({ mode: 'byob' });
  console.log(await br.read(new Uint8Array(4)));
  console.log(await br.read(new Uint8Array(4)));
  let n = 0;
  const counted = new ReadableStream({ type: 'bytes', pull(c) { n++; if (n > 3) c.close(); else c.enqueue(new Uint8Array([n, n, n])); } });
  const r2 = counted.getReader({ mode: 'byob' });
  console.log(await r2.read(new Uint8Array(5), { min: 5 }));
  console.log(await r2.read(new Uint16Array(2)));
  console.log(await r2.read(new Uint8Array(8)));
  const chunk = new Uint8Array([1, 2, 3]);
  const dflt = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(chunk); c.close(); } });
  console.log(chunk.byteLength, chunk.buffer.detached);
  const rd = dflt.getReader();
  console.log(await rd.read(), await rd.read());
  const auto = new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 4, pull(c) { c.byobRequest.view.set([9, 9]); c.byobRequest.respond(2); c.close(); } });
  const ar = auto.getReader();
  console.log(await ar.read(), await ar.read());
  await br.read(new Uint8Array(1), { min: 2 }).catch((e) => console.log(e.name, e.code, e.message));
})();
