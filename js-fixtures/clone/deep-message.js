'use strict';
// One nesting limit: what the sender can serialize the receiver reads; deeper throws node's RangeError at the
// sender (after repeated posts too), never a messageerror at the receiver.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const deep = (n) => { let o = {}; for (let i = 0; i < n; i++) o = { a: o }; return o; };
const depthOf = (o) => { let d = 0; while (o.a) { o = o.a; d++; } return d; };
let got = 0;
port2.on('message', (m) => { console.log('received depth', depthOf(m)); if (++got === 2) port1.close(); });
port2.on('messageerror', (e) => console.log('messageerror', e.data && e.data.message));
for (let round = 0; round < 3; round++) {
  try { port1.postMessage(deep(10000)); console.log('posted 10000'); } catch (e) { console.log('10000:', e.name, e.message); }
}
port1.postMessage(deep(100));
port1.postMessage(deep(1000));
