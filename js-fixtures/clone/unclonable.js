'use strict';
// Values that cannot be cloned: DataCloneError at the sender, and nothing reaches the receiver.
const { Worker, isMainThread, parentPort, MessageChannel } = require('worker_threads');

if (!isMainThread) {
  const got = [];
  parentPort.on('message', (v) => {
    if (v === 'done') {
      parentPort.postMessage(got);
      parentPort.close();
    } else {
      got.push(v);
    }
  });
  return;
}

const values = {
  'function': () => function f() {},
  'arrow function': () => () => 1,
  'class': () => class K {},
  'async function': () => async function af() {},
  'symbol': () => Symbol('s'),
  'symbol in object': () => ({ a: 1, b: Symbol('x') }),
  'function in array': () => [1, 2, () => 3],
  'function in Map value': () => new Map([['k', function g() {}]]),
  'WeakMap': () => new WeakMap(),
  'WeakSet': () => new WeakSet(),
  'WeakRef': () => new WeakRef({}),
  'Promise': () => Promise.resolve(1),
  'generator object': () => (function* gen() {})(),
  'method on object': () => ({ m() {} }),
  'deep function': () => ({ a: { b: { c: [new Set([() => 0])] } } }),
};

function show(e) {
  return `${e.name} | ${e.message} | code=${e.code} | DOMException=${e instanceof DOMException} | Error=${e instanceof Error}`;
}

for (const [name, make] of Object.entries(values)) {
  try {
    structuredClone(make());
    console.log('structuredClone', name, 'cloned?!');
  } catch (e) {
    console.log('structuredClone', name, '->', show(e));
  }
}

const w = new Worker(__filename);
for (const [name, make] of Object.entries(values)) {
  try {
    w.postMessage(make());
    console.log('worker.postMessage', name, 'sent?!');
  } catch (e) {
    console.log('worker.postMessage', name, '->', show(e));
  }
}
// A message whose clone fails part-way sends nothing at all, and later messages still go through.
w.postMessage('before');
try { w.postMessage({ ok: 1, bad: () => 0 }); } catch (e) { console.log('partial ->', e.name); }
w.postMessage('after');

// Same on a MessageChannel port.
const { port1, port2 } = new MessageChannel();
try { port1.postMessage(Symbol('p')); } catch (e) { console.log('port.postMessage symbol ->', show(e)); }
port1.postMessage('port ok');
port2.on('message', (m) => { console.log('port2 got', m); port1.close(); });

w.postMessage('done');
w.on('message', (got) => console.log('worker received', got.length, 'messages:', JSON.stringify(got)));
w.on('exit', (c) => console.log('worker exit', c));
