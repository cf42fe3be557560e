'use strict';
// Float16Array through v8.serialize/deserialize and structuredClone, as node 24 writes and reads it (view tag 0x0d).
// GraalJS's Float16Array needs a JDK 20+ (Float.float16ToFloat): the record says so ("wtjsJava").
const v8 = require('v8');
for (const hex of ['5c0d0400000000', '5c0d03627566', '5c0d0400bc003c']) {
  let out;
  try {
    const v = v8.deserialize(Buffer.from(`ff0f${hex}`, 'hex'));
    // by name and elements: util.inspect does not know Float16Array yet (README, differences)
    out = `${v.constructor.name} ${Array.from(v)}`;
  } catch (err) {
    out = `${err.name}: ${err.message}`;
  }
  console.log(hex, '->', out);
}
const f = new Float16Array([1.5, -2, 65504]);
console.log(v8.serialize(f).toString('hex'));
const c = structuredClone(f);
console.log(c.constructor.name, Array.from(c), c !== f);
