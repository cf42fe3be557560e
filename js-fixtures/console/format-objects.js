// util.format %o shows hidden details; %O and plain inspect for functions and classes.
const util = require('util');
console.log(util.format('%o', [1, 2]));
console.log(util.format('%O', function foo() {}));
console.log(util.format('%o', 'str'), util.format('%o', 42));
console.log(util.format('%s', [1, [2, [3, [4]]]]), util.format('%s', { a: { b: { c: 1 } } }));
console.log(util.format('%s', new Map([[1, 2]])), util.format('%s', new Set([1])));
console.log(util.format('%d', {}), util.format('%i', {}), util.format('%f', Symbol('s').description));
console.log(util.inspect(new (class Foo { constructor() { this.a = 1; } get b() { return 2; } })()));
console.log(util.inspect(Object.assign(() => {}, { prop: 1 })));
console.log(util.inspect(Object.assign(function named() {}, { a: 1, b: { c: 2 } })));
