'use strict';
// How a Buffer looks: util.inspect, console.log, INSPECT_MAX_BYTES, extra properties, JSON.
const util = require('util');
const buffer = require('buffer');

console.log(Buffer.from('ab'), Buffer.alloc(0), [Buffer.from([1, 2, 255])], { b: Buffer.from('x') });
console.log(Buffer.alloc(51, 'x'));
console.log(util.inspect(Buffer.alloc(100)));
const extra = Buffer.from('hi');
extra.note = 'extra';
console.log(extra, util.inspect(extra, { showHidden: true }));
const onlyProps = Buffer.alloc(0);
onlyProps.x = 1;
console.log(onlyProps);
console.log(util.inspect({ deep: { deeper: { buf: Buffer.from('z') } } }, { depth: 0 }));
// (util.format('%s', buffer) differs: README, differences)
console.log(util.format('%o|%j', Buffer.from('ab'), Buffer.from('ab')));
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abcd'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 50;
try { buffer.INSPECT_MAX_BYTES = -1; } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(Buffer.from('hi€')), Buffer.from('hi').toJSON(), JSON.stringify({ e: Buffer.alloc(0) }));
console.log(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
class Sub extends Buffer.from('').constructor {}
console.log(Object.prototype.toString.call(Buffer.from('a')), Buffer.from('a') instanceof Uint8Array, typeof Sub);
console.log(Buffer.from('ab').inspect(), Buffer.prototype.toLocaleString === Buffer.prototype.toString);
console.log(new Uint8Array(Buffer.from('ab')), Buffer.from('ab').map((b) => b + 1), Buffer.from('ab').subarray(1));
