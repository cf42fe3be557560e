'use strict';
// node 24's clone errors: structuredClone's WebIDL option checks, transfer-list DataCloneErrors from
// structuredClone and postMessage, ports not in the transfer list, untransferable buffers, v8.serialize of a port.
const v8 = require('v8');
const { MessageChannel, markAsUntransferable } = require('worker_threads');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, '->', r);
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, JSON.stringify(e.message.split('\n')[0]));
  }
}

show('no args', () => structuredClone());
show('undefined', () => structuredClone(undefined));
show('options null', () => structuredClone(1, null));
show('options number', () => structuredClone(1, 1));
show('options string', () => structuredClone(1, 'x'));
show('options function', () => structuredClone(2, () => {}));
show('transfer null', () => structuredClone(1, { transfer: null }));
show('transfer number', () => structuredClone(1, { transfer: 1 }));
show('transfer plain object', () => structuredClone(1, { transfer: {} }));
show('transfer bad iterator', () => structuredClone(1, { transfer: { [Symbol.iterator]() { return 1; } } }));
show('transfer no next', () => structuredClone(1, { transfer: { [Symbol.iterator]() { return {}; } } }));
show('transfer next gives 1', () => structuredClone(1, { transfer: { [Symbol.iterator]() { return { next() { return 1; } }; } } }));
show('transfer iterator throws', () => structuredClone(1, { transfer: { [Symbol.iterator]() { throw new RangeError('it'); } } }));
show('transfer getter throws', () => structuredClone(1, { get transfer() { throw new RangeError('get'); } }));
show('transfer [1]', () => structuredClone(1, { transfer: [1] }));
show('transfer [ab, null]', () => structuredClone(1, { transfer: [new ArrayBuffer(1), null] }));
show('transfer [{}]', () => structuredClone(1, { transfer: [{}] }));
show('transfer [fn]', () => structuredClone(1, { transfer: [() => {}] }));
show('transfer [sab]', () => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }));
show('transfer set', () => {
  const ab = new ArrayBuffer(3);
  const r = structuredClone(ab, { transfer: new Set([ab]) });
  return [ab.byteLength, r.byteLength];
});
show('transfer duplicate', () => {
  const ab = new ArrayBuffer(1);
  return structuredClone(1, { transfer: [ab, ab] });
});
show('transfer detached', () => {
  const ab = new ArrayBuffer(1);
  structuredClone(1, { transfer: [ab] });
  return structuredClone(1, { transfer: [ab] });
});
show('transfer untransferable', () => {
  const ab = new ArrayBuffer(1);
  markAsUntransferable(ab);
  return structuredClone(ab, { transfer: [ab] });
});

const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
show('clone port not listed', () => structuredClone({ p: other.port1 }));
show('clone port duplicate', () => structuredClone(1, { transfer: [other.port1, other.port1] }));
show('post port not listed', () => port1.postMessage({ p: other.port1 }));
show('post [1]', () => port1.postMessage(1, [1]));
show('post [{}]', () => port1.postMessage(1, [{}]));
show('post [sab]', () => port1.postMessage(1, [new SharedArrayBuffer(1)]));
show('post 5', () => port1.postMessage(1, 5));
show('post own port', () => port1.postMessage(1, [port1]));
show('post untransferable', () => {
  const ab = new ArrayBuffer(4);
  markAsUntransferable(ab);
  port1.postMessage(ab, [ab]);
  return ab.byteLength;
});
show('v8.serialize port', () => v8.serialize({ p: other.port1 }));
show('v8.serialize fn', () => v8.serialize({ f() {} }));
port2.on('message', (m) => console.log('message', m));
port1.postMessage('after');
setTimeout(() => {
  port1.close();
  other.port1.close();
}, 100);
