'use strict';
// Messages are structured clones: types, cycles and shared references survive; prototypes do not.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

class Point { constructor() { this.x = 1; } }
const shared = { s: 1 };
const msg = {
  date: new Date(1e12),
  re: /x/m,
  map: new Map([['k', shared]]),
  set: new Set([shared]),
  big: -5n,
  boxed: [new Number(3), new String('s'), new Boolean(false)],
  err: new TypeError('bad'),
  point: new Point(),
  arr: [1, , 3],
  dv: new DataView(new ArrayBuffer(2)),
};
msg.cycle = msg;
const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((m) => {
  assert.notStrictEqual(m, msg);
  assert.strictEqual(m.cycle, m);
  assert.strictEqual(m.map.get('k'), [...m.set][0]);
  assert.deepStrictEqual(m.date, new Date(1e12));
  assert.strictEqual(m.re.flags, 'm');
  assert.strictEqual(m.big, -5n);
  assert.strictEqual(typeof m.boxed[0], 'object');
  assert.strictEqual(m.boxed[0].valueOf(), 3);
  assert.strictEqual(m.boxed[1].valueOf(), 's');
  assert.ok(m.err instanceof TypeError);
  assert.strictEqual(m.err.message, 'bad');
  assert.strictEqual(Object.getPrototypeOf(m.point), Object.prototype);
  assert.deepStrictEqual(m.point, { x: 1 });
  assert.strictEqual(m.arr.length, 3);
  assert.ok(!(1 in m.arr));
  assert.ok(m.dv instanceof DataView);
  port2.close();
}));
port1.postMessage(msg);
