// hrtime and hrtime.bigint shapes, monotonic; diff form.
const a = process.hrtime();
console.log(Array.isArray(a), a.length, a.every(Number.isInteger), a[1] < 1e9);
const d = process.hrtime(a);
console.log(d.length, d[0] >= 0, d[1] >= 0, d[1] < 1e9);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
