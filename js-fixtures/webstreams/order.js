// The order of stream callbacks and results against other promise jobs (reads, writes, transforms, tee, pipeTo).
const log = [];
const L = (s) => log.push(s);
(async () => {
  const rs = new ReadableStream({
    start(c) { L('start'); c.enqueue(1); },
    pull(c) { L('pull ' + c.desiredSize); if (log.length > 12) c.close(); else c.enqueue(log.length); },
    cancel() { L('cancel'); },
  }, { highWaterMark: 2 });
  const r = rs.getReader();
  Promise.resolve().then(() => L('tick1')).then(() => L('tick2')).then(() => L('tick3'));
  r.read().then((x) => L('read1 ' + JSON.stringify(x)));
  r.read().then((x) => L('read2 ' + JSON.stringify(x)));
  r.closed.then(() => L('closed'));
  await new Promise((res) => setTimeout(res, 10));
  L('---');
  const ws = new WritableStream({
    start() { L('wstart'); },
    write(c) { L("write " + c); return Promise.resolve(); },
    close() { L('wclose'); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  w.ready.then(() => L('ready'));
  w.write('a').then(() => L('a done'));
  w.write('b').then(() => L('b done'));
  w.write('c').then(() => L('c done'));
  L('desired ' + w.desiredSize);
  w.close().then(() => L('closed w'));
  w.closed.then(() => L('w.closed'));
  Promise.resolve().then(() => L('t1')).then(() => L('t2'));
  await new Promise((res) => setTimeout(res, 30));
  L('---');
  const ts = new TransformStream({
    transform(chunk, c) { L('transform ' + chunk); c.enqueue(chunk * 2); },
    flush() { L('flush'); },
  });
  const tw = ts.writable.getWriter();
  const tr = ts.readable.getReader();
  tw.write(1).then(() => L('tw1'));
  tw.write(2).then(() => L('tw2'));
  tw.close().then(() => L('twclose'));
  for (;;) { const { value, done } = await tr.read(); L('tr ' + value + ' ' + done); if (done) break; }
  L('---');
  const src = ReadableStream.from([1, 2, 3]);
  const [a, b] = src.tee();
  const ra = a.getReader(); const rb = b.getReader();
  ra.read().then((x) => L('a ' + x.value));
  rb.read().then((x) => L('b ' + x.value));
  ra.read().then((x) => L('a ' + x.value));
  Promise.resolve().then(() => L('p1')).then(() => L('p2')).then(() => L('p3')).then(() => L('p4'));
  await new Promise((res) => setTimeout(res, 10));
  L('---');
  const out = [];
  const piped = ReadableStream.from(['x', 'y', 'z']).pipeTo(new WritableStream({ write(c) { L('pw ' + c); } }));
  Promise.resolve().then(() => L('q1')).then(() => L('q2')).then(() => L('q3')).then(() => L('q4')).then(() => L('q5'));
  await piped; L('piped');
  console.log(log.join('\n'));
})();
