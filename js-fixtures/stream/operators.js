'use strict';
// The Readable helpers, one value at a time: map, filter, take, drop, toArray, forEach, reduce, find, some, every.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
(async () => {
  log('map', await nums().map((n) => n * 10).toArray());
  log('async map', await nums().map(async (n) => `v${n}`).toArray());
  log('filter', await nums().filter((n) => n % 2).toArray());
  log('take/drop', await nums().drop(1).take(3).toArray());
  log('flatMap', await nums().take(2).flatMap((n) => [n, n]).toArray());
  const seen = [];
  await nums().forEach((n) => { seen.push(n); });
  log('forEach', seen);
  log('reduce', await nums().reduce((a, b) => a + b, 0), await nums().reduce((a, b) => a * b));
  log('find', await nums().find((n) => n > 3), await nums().find((n) => n > 30));
  log('some/every', await nums().some((n) => n === 3), await nums().every((n) => n < 6));
  try { nums().map(42); } catch (e) { log(e.code); }
  try { await Readable.from([]).reduce((a, b) => a); } catch (e) { log(e.name, e.code, e.message); }
})();
