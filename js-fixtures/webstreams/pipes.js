// Reading, async iteration, tee, from, pipeThrough/pipeTo, backpressure, errors and aborts across a pipe.
const all = async (s) => { const r = []; for await (const x of s) r.push(x); return r; };
(async () => {
  const log = [];
  const s = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); }, pull(c) { log.push('pull'); if (log.length > 2) c.close(); else c.enqueue('p' + log.length); } });
  for await (const x of s) console.log('chunk', x);
  console.log(log, s.locked);
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  console.log(await all(a), await all(b));
  async function* gen() { yield 'g1'; yield 'g2'; }
  console.log(await all(ReadableStream.from(gen())));
  const out = [];
  await ReadableStream.from(['x', 'y']).pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); }, flush(ctl) { ctl.enqueue('!'); } }))
    .pipeTo(new WritableStream({ write(c) { out.push(c); }, close() { out.push('closed'); } }));
  console.log(out);
  const w = new WritableStream({ write() { return new Promise((r) => setTimeout(r, 5)); } }, { highWaterMark: 2 });
  const wr = w.getWriter();
  console.log(wr.desiredSize); wr.write(1); console.log(wr.desiredSize); wr.write(2); console.log(wr.desiredSize);
  await wr.ready; console.log('ready', wr.desiredSize); await wr.close(); console.log(w);
  const err = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  await err.pipeTo(new WritableStream({ abort(r) { console.log('abort', r.message); } })).catch((e) => console.log('piped error', e.message));
  const ac = new AbortController();
  const p = new ReadableStream({ pull() { return new Promise(() => {}); }, cancel(r) { console.log('cancel', r.name); } }).pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort(); await p.catch((e) => console.log('abort pipe', e.name));
  // breaking out of for-await cancels the stream; preventCancel keeps it
  const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { console.log('canceled with', r); } });
  for await (const x of src) { console.log('got', x); break; }
  console.log(src.locked);
  const keep = ReadableStream.from([1, 2, 3]);
  for await (const x of keep.values({ preventCancel: true })) { console.log('kept', x); break; }
  console.log(await keep.getReader().read());
  // a sink that fails errors the pipe back to the source
  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  await ReadableStream.from([1, 2]).pipeTo(failing).catch((e) => console.log('sink error', e.message, failing.locked));
  // terminate() closes the readable side and errors the writable side
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); ctl.terminate(); } });
  const tw = ts.writable.getWriter();
  tw.write('only').catch(() => {});
  console.log(await all(ts.readable));
  await tw.closed.catch((e) => console.log('writable', e.code, e.message));
  // queuing strategies
  const q = new ReadableStream({ start(c) { console.log('desired', c.desiredSize); c.enqueue(new Uint8Array(10)); console.log('desired', c.desiredSize); } }, new ByteLengthQueuingStrategy({ highWaterMark: 16 }));
  console.log((await q.getReader().read()).value.length);
  const cq = new CountQueuingStrategy({ highWaterMark: 3 });
  console.log(cq, cq.highWaterMark, cq.size(), new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size(new Uint8Array(4)));
})();
