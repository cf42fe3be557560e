'use strict';
// Transfer lists: ArrayBuffers move (detached at the sender), ports must be listed, node's errors, and
// markAsUntransferable (copied instead of moved).
const wt = require('worker_threads');
const { Worker, isMainThread, parentPort, MessageChannel, markAsUntransferable } = wt;

if (!isMainThread) {
  parentPort.on('message', (m) => {
    if (m === 'end') { parentPort.close(); return; }
    if (m.port) {
      m.port.postMessage('hello through a transferred port');
      m.port.close();
      return;
    }
    const v = m.value;
    const desc = v instanceof ArrayBuffer ? `ArrayBuffer(${v.byteLength}) [${new Uint8Array(v).join(',')}]`
      : ArrayBuffer.isView(v) ? `${v.constructor.name}(${v.length}) [${Array.from(v).join(',')}] buffer ${v.buffer.byteLength}`
      : JSON.stringify(v);
    parentPort.postMessage(`${m.label}: ${desc}`);
  });
  return;
}

const show = (e) => `${e.name} | ${e.message} | code=${e.code} | DOMException=${e instanceof DOMException}`;
const attempt = (label, f) => {
  try {
    const r = f();
    console.log(label, '->', r === undefined ? 'ok' : r);
  } catch (e) {
    console.log(label, '->', show(e));
  }
};

// structuredClone's { transfer } form.
{
  const ab = new Uint8Array([1, 2, 3]).buffer;
  const copy = structuredClone(ab, { transfer: [ab] });
  console.log('structuredClone transfer: original', ab.byteLength, 'clone', copy.byteLength, new Uint8Array(copy).join());
  const u8 = new Uint8Array([9, 8, 7, 6]);
  const out = structuredClone({ view: u8 }, { transfer: [u8.buffer] });
  console.log('view transfer: original view', u8.length, u8.byteLength, 'clone', out.view.length, out.view.join());
  const a = new ArrayBuffer(2);
  const b = new ArrayBuffer(3);
  const pair = structuredClone([a, b, a], { transfer: [b, a] });
  console.log('two transferred:', a.byteLength, b.byteLength, pair[0].byteLength, pair[1].byteLength, pair[0] === pair[2]);
  const kept = new ArrayBuffer(5);
  const c = structuredClone(kept);
  console.log('not listed is copied:', kept.byteLength, c.byteLength, c !== kept);
  const notInValue = new ArrayBuffer(6);
  structuredClone(1, { transfer: [notInValue] });
  console.log('listed but not in value still detached:', notInValue.byteLength);
  const it = new ArrayBuffer(7);
  structuredClone(it, { transfer: new Set([it]) });
  console.log('any iterable as transfer:', it.byteLength);
}

// Errors.
{
  const ab = new ArrayBuffer(8);
  attempt('duplicate ArrayBuffer', () => structuredClone(ab, { transfer: [ab, ab] }));
  console.log('after failed clone still attached:', ab.byteLength);
  const det = new ArrayBuffer(4);
  structuredClone(det, { transfer: [det] });
  attempt('detached buffer as value', () => structuredClone(det));
  attempt('detached buffer as value in object', () => structuredClone({ x: [det] }));
  // (the engine's own message for a view over a detached buffer differs between V8 and GraalJS: name only)
  try { structuredClone(new Uint8Array(det)); } catch (e) { console.log('detached view as value ->', e.name); }
  attempt('non-transferable object in list', () => structuredClone(1, { transfer: [{}] }));
  attempt('number in list', () => structuredClone(1, { transfer: [1] }));
  attempt('null in list', () => structuredClone(1, { transfer: [null] }));
  attempt('typed array in list', () => structuredClone(1, { transfer: [new Uint8Array(2)] }));
  attempt('SharedArrayBuffer in list', () => structuredClone(1, { transfer: [new SharedArrayBuffer(4)] }));
  attempt('transfer not iterable', () => structuredClone(1, { transfer: 5 }));
  attempt('options not an object', () => structuredClone(1, 5));
  attempt('no arguments', () => structuredClone());
  const good = new ArrayBuffer(3);
  attempt('error later in list leaves earlier attached', () => structuredClone(good, { transfer: [good, {}] }));
  console.log('  good.byteLength', good.byteLength);
  const good2 = new ArrayBuffer(3);
  attempt('clone error leaves listed buffer attached', () => structuredClone({ good2, f() {} }, { transfer: [good2] }));
  console.log('  good2.byteLength', good2.byteLength);

  const { port1, port2 } = new MessageChannel();
  attempt('port in value but not in list (structuredClone)', () => structuredClone({ p: port1 }));
  attempt('port in value but not in list (postMessage)', () => port2.postMessage({ p: port1 }));
  attempt('source port in its own list', () => port1.postMessage(1, [port1]));
  attempt('duplicate port', () => { const c = new MessageChannel(); try { port2.postMessage(c.port1, [c.port1, c.port1]); } finally { c.port2.close(); } });
  attempt('duplicate ArrayBuffer (postMessage)', () => port1.postMessage(ab, [ab, ab]));
  attempt('non-transferable in postMessage list', () => port1.postMessage(1, [{}]));
  attempt('postMessage transfer not iterable', () => port1.postMessage(1, 5));
  port1.close();
}

// markAsUntransferable: a listed buffer is copied, not moved; no visible property is added.
{
  const u = new Uint8Array([4, 5]).buffer;
  markAsUntransferable(u);
  console.log('marked keys:', JSON.stringify(Object.keys(u)), Object.getOwnPropertyNames(u).length);
  if (typeof wt.isMarkedAsUntransferable === 'function' &&
      (wt.isMarkedAsUntransferable(u) !== true || wt.isMarkedAsUntransferable(new ArrayBuffer(1)) !== false)) {
    console.log('isMarkedAsUntransferable disagrees');
  }
  const c = structuredClone(u, { transfer: [u] });
  console.log('untransferable with structuredClone: original', u.byteLength, 'clone', new Uint8Array(c).join(), c !== u);
  markAsUntransferable(1);
  markAsUntransferable(null);
  const b = Buffer.from('pool');
  const c2 = structuredClone(b, { transfer: [b.buffer] });
  console.log('Buffer pool listed: pool kept', b.buffer.byteLength === Buffer.poolSize, b.toString(), 'clone', Buffer.from(c2).toString());
}

// Through a worker.
const w = new Worker(__filename);
w.on('message', (m) => {
  console.log('worker:', m);
});
w.on('exit', (c) => console.log('worker exit', c));
{
  const ab = new Uint8Array([10, 20, 30]).buffer;
  w.postMessage({ label: 'transferred ArrayBuffer', value: ab }, [ab]);
  console.log('sender after transfer: byteLength', ab.byteLength);
  try { new Uint8Array(ab); } catch (e) { console.log('use detached at sender ->', e.name); }
  const f = new Float64Array([1.5, 2.5]);
  w.postMessage({ label: 'transferred view buffer', value: f }, { transfer: [f.buffer] });
  console.log('sender view after transfer:', f.length, f.byteLength);
  const u = new Uint8Array([7, 7, 7]).buffer;
  markAsUntransferable(u);
  w.postMessage({ label: 'untransferable is copied', value: u }, [u]);
  console.log('sender untransferable after post:', u.byteLength);
  const copied = new Uint8Array([1]).buffer;
  w.postMessage({ label: 'copied', value: copied });
  console.log('sender copied after post:', copied.byteLength);
  attempt('worker.postMessage duplicate', () => w.postMessage({ label: 'x', value: 1 }, [copied, copied]));
  attempt('worker.postMessage port not listed', () => w.postMessage({ label: 'x', value: new MessageChannel().port1 }));
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m) => { console.log('port1 got:', m); port1.close(); w.postMessage('end'); });
  w.postMessage({ port: port2 }, [port2]);
  attempt('transferred port again', () => w.postMessage({ port: port2 }, [port2]));
}
