// util.inspect options that console output depends on.
const util = require('util');
console.log(util.inspect({ a: 'x'.repeat(20), b: [1, 2, 3] }, { compact: false }));
console.log(util.inspect({ a: { b: { c: {} } } }, { depth: 1 }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect('y'.repeat(30), { maxStringLength: 5 }));
console.log(util.inspect({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true }));
console.log(util.inspect({ a: 1, b: { c: 2 } }, { breakLength: 3 }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log(util.inspect({ get x() { return 5; } }, { getters: true }));
console.log(util.inspect(-0), util.inspect([-0]), util.inspect(0));
