'use strict';
// MessageEvent's fields and BroadcastChannel's methods refuse a receiver of another kind; their inits are
// checked; a BroadcastChannel inspects with its name and whether it is still open.
const { MessageChannel, BroadcastChannel } = require('worker_threads');
const util = require('util');

const show = (f) => {
  try {
    console.log('ok', util.inspect(f()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};

const ev = new MessageEvent('message', { data: { a: 1 }, origin: 7, lastEventId: 'id' });
console.log(ev.type, ev.data, ev.origin, ev.lastEventId, ev.source, ev.ports);
const desc = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
show(() => desc.get.call({}));
show(() => new MessageEvent('message', { source: {} }));
show(() => new MessageEvent('message', { ports: [1] }));
show(() => new MessageEvent('message', { source: 'str' }));
show(() => new MessageEvent('message', { ports: [{ a: [1] }] }));
for (const ports of [5, null, {}, 'ab']) show(() => new MessageEvent('message', { ports }));
const { port1, port2 } = new MessageChannel();
const withPorts = new MessageEvent('message', { source: port1, ports: [port2] });
console.log(withPorts.source === port1, withPorts.ports[0] === port2, Array.isArray(withPorts.ports));
port1.close();

const bc = new BroadcastChannel('fixture-channel');
console.log(util.inspect(bc), bc.name);
console.log(Object.keys(Object.getOwnPropertyDescriptors(BroadcastChannel.prototype))
  .filter((k) => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, k).enumerable).join(','));
const nameGetter = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get;
show(() => nameGetter.call({}));
show(() => BroadcastChannel.prototype.postMessage.call({}, 1));
show(() => bc.postMessage());
console.log(bc.unref() === bc, bc.ref() === bc);
bc.close();
bc.close();
console.log(util.inspect(bc));
show(() => bc.postMessage('late'));
show(() => new BroadcastChannel());
