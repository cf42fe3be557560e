// clearImmediate inside an earlier immediate of the same batch; args.
const b = [];
const i1 = setImmediate(() => { b.push('one'); clearImmediate(i2); });
const i2 = setImmediate(() => b.push('two'));
setImmediate((x, y) => { b.push(x + y); console.log(b.join(' ')); }, 'a', 'b');
