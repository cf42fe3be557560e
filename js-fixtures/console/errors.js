// Errors inside containers print their stack; extra props; name/message changes; cause; AggregateError.
// Stacks contain paths and frames, so print only the first line of each inspected error.
const util = require('util');
function first(v) { return util.inspect(v).split('\n')[0]; }
const e = new Error('msg');
e.code = 'E_X';
e.extra = 42;
console.log(first(e));
console.log(Object.keys(e));
const t = new TypeError('bad type');
console.log(first(t), t.name, t instanceof Error);
const r = new RangeError('range');
r.name = 'CustomName';
console.log(first(r));
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; this.detail = 'd'; }
}
console.log(first(new MyError('mine')));
const noStack = new Error('no stack');
noStack.stack = undefined;
console.log(util.inspect(noStack));
const fake = { name: 'Error', message: 'fake' };
console.log(fake);
const withCause = new Error('outer', { cause: 'inner' });
console.log(first(withCause), withCause.cause);
console.log(String(new Error('to string')), `${new SyntaxError('s')}`);
const stackOnly = new Error('custom stack');
stackOnly.stack = 'Error: custom stack\n    at fake (file.js:1:1)';
console.log(stackOnly);
console.log({ err: stackOnly });
