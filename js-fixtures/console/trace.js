// console.trace writes "Trace: message" and the stack to stderr; console.error of Errors prints their stacks
// and extra properties.
function inner() { console.trace('in %s', 'inner', 42); }
inner();
console.trace();
const e = new Error('printed error');
e.code = 'E_PRINTED';
e.info = { n: 1 };
console.error(e);
console.error('prefix', new TypeError('second'));
console.log({ nested: new RangeError('in object') }.nested.message);
