'use strict';
// One-way throughput main -> worker, messages per second: `throughput.js string|object|nested1k|ab1m [--quick]`.
// Main posts batches of messages then a `null` marker; the worker counts and checks what it got and acknowledges
// each batch, so at most one batch is in flight (bounded memory for the 1 MB case). The ArrayBuffer is copied
// (no transfer list). Warms up until the rate is steady (common.steadyRate), then measures.
const { Worker } = require('worker_threads');
const { nowMs, metric, result, arg, deadline, once, run, steadyRate, warmupMetric } = require('./common');

const kind = arg('object');

function nested1k() {
  // A nested object of about 1 KB when serialized (JSON.stringify length ~1000).
  const o = { id: 12345, name: 'benchmark-payload', tags: ['a', 'bb', 'ccc', 'dddd'], meta: {} };
  for (let i = 0; i < 8; i++) {
    o.meta['k' + i] = { n: i, f: i * 1.5, s: 'value-' + i, ok: i % 2 === 0, list: [i, i + 1, i + 2] };
  }
  o.text = 'x'.repeat(1000 - JSON.stringify(o).length - 10);
  return o;
}

const payloads = {
  string: { make: () => 'hello world, a short message string', batch: 2000 },
  object: { make: () => ({ id: 1, name: 'small', ok: true, n: 3.5 }), batch: 2000 },
  nested1k: { make: nested1k, batch: 500 },
  ab1m: { make: () => new Uint8Array(1 << 20).fill(7).buffer, batch: 16 },
};
const p = payloads[kind];
if (!p) throw new Error(`unknown kind ${kind} (${Object.keys(payloads).join('|')})`);

// The worker checks each message has the expected shape, so a wrong clone is an error, not a fast number.
const src = `
const { parentPort } = require('worker_threads');
const kind = ${JSON.stringify(kind)};
let count = 0, bad = null;
function check(m) {
  switch (kind) {
    case 'string': return typeof m === 'string' && m.length > 10;
    case 'object': return m !== null && m.id === 1 && m.ok === true;
    case 'nested1k': return m !== null && m.meta && m.meta.k7 && m.meta.k7.list[2] === 9 && m.text.length > 100;
    case 'ab1m': return m instanceof ArrayBuffer && m.byteLength === 1048576 && new Uint8Array(m)[1048575] === 7;
  }
}
parentPort.on('message', (m) => {
  if (m === null) { parentPort.postMessage({ count, bad }); count = 0; return; }
  if (m === 'exit') { parentPort.close(); return; }
  if (!check(m) && bad === null) {
    bad = Object.prototype.toString.call(m) + ' ' + (m && m.byteLength !== undefined ? 'byteLength ' + m.byteLength : JSON.stringify(m).slice(0, 60));
  }
  count++;
});`;

async function batches(w, value, ms) {
  let total = 0;
  const t0 = nowMs();
  let el = 0;
  do {
    for (let i = 0; i < p.batch; i++) w.postMessage(value);
    w.postMessage(null);
    const ack = await once(w, 'message');
    if (ack.bad !== null) throw new Error(`worker received a wrong ${kind}: ${ack.bad}`);
    if (ack.count !== p.batch) throw new Error(`worker counted ${ack.count} of ${p.batch} messages`);
    total += ack.count;
    el = nowMs() - t0;
  } while (el < ms);
  return [total, el];
}

run(async () => {
  deadline(120000, `throughput-${kind}`);
  const value = p.make();
  const w = new Worker(src, { eval: true });
  await once(w, 'online');
  const s = await steadyRate((ms) => batches(w, value, ms));
  w.postMessage('exit');
  await once(w, 'exit');
  result(metric(`throughput-${kind}`, 'msgs/s', s.rate, 'higher'), [warmupMetric(`throughput-${kind}`, s)]);
});
