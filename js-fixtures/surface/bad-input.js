'use strict';
// node's validation of worker_threads arguments: codes, names and messages.
const wt = require('worker_threads');
const { Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, markAsUntransferable } = wt;

function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

t('Worker no args', () => new Worker());
t('Worker number', () => new Worker(5));
t('Worker bare name', () => new Worker('file.js'));
t('Worker eval non-string', () => new Worker(new URL('file:///x.js'), { eval: true }));
t('Worker argv', () => new Worker('./x.js', { argv: 'a' }));
t('Worker execArgv', () => new Worker('./x.js', { execArgv: 'a' }));
t('Worker env', () => new Worker('./x.js', { env: 5 }));
t('Worker name', () => new Worker('./x.js', { name: 5 }));
t('Worker transferList', () => new Worker('1', { eval: true, transferList: 5 }).constructor.name);
t('Worker workerData fn', () => new Worker('1', { eval: true, workerData: () => 1 }));
t('Worker workerData port', () => new Worker('1', { eval: true, workerData: new MessageChannel().port1 }));
t('new MessagePort', () => new MessagePort());

const { port1, port2 } = new MessageChannel();
t('postMessage()', () => port1.postMessage());
t('postMessage(1, 5)', () => port1.postMessage(1, 5));
t('postMessage(1, "ab")', () => port1.postMessage(1, 'ab'));
t('postMessage(1, {transfer: 5})', () => port1.postMessage(1, { transfer: 5 }));
t('postMessage(1, [1])', () => port1.postMessage(1, [1]));
t('postMessage(1, [{}])', () => port1.postMessage(1, [{}]));
t('postMessage self', () => port1.postMessage(1, [port1]));
t('postMessage fn', () => port1.postMessage(() => 1));
t('postMessage symbol', () => port1.postMessage(Symbol('s')));
t('postMessage dup buffer', () => { const b = new ArrayBuffer(1); port1.postMessage(b, [b, b]); });
t('postMessage port not listed', () => port1.postMessage(new MessageChannel().port1));
const ab = new ArrayBuffer(8);
markAsUntransferable(ab);
t('untransferable buffer copied', () => [port1.postMessage(ab, [ab]), ab.byteLength]);
const moved = new ArrayBuffer(8);
t('transferred buffer detached', () => [port1.postMessage(moved, [moved]), moved.byteLength]);
t('receiveMessageOnPort()', () => receiveMessageOnPort());
t('receiveMessageOnPort({})', () => receiveMessageOnPort({}));
t('receiveMessageOnPort ok', () => receiveMessageOnPort(port2).message);
t('BroadcastChannel()', () => new BroadcastChannel());
t('BroadcastChannel(1).name', () => { const b = new BroadcastChannel(1); b.close(); return b.name; });
t('BroadcastChannel postMessage()', () => { const b = new BroadcastChannel('x'); try { b.postMessage(); } finally { b.close(); } });
t('BroadcastChannel fn', () => { const b = new BroadcastChannel('x'); try { b.postMessage(() => 1); } finally { b.close(); } });
t('BroadcastChannel bad this', () => BroadcastChannel.prototype.postMessage.call({}, 1));
t('BroadcastChannel name bad this', () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get.call({}));
t('MessageEvent data bad this', () => Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data').get.call({}));
t('MessageEvent bad ports', () => new MessageEvent('message', { ports: [1] }));
t('MessageEvent defaults', () => { const e = new MessageEvent('message'); return [e.data, e.origin, e.lastEventId, e.source, e.ports]; });
port1.close();
