// workerData of JSON-able and structured-clone values round-trips.
const { Worker } = require('worker_threads');
const data = {
  str: 'text', num: 1.5, neg: -0, bool: false, nil: null, arr: [1, [2, [3]]], obj: { deep: { deeper: 'x' } },
  date: new Date(0), re: /ab+c/gi, map: new Map([[1, 'a']]), set: new Set(['s']), big: 10n, undef: undefined,
};
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage(workerData);
`, { eval: true, workerData: data });
w.on('message', (m) => {
  console.log(m);
  console.log(m !== data, Object.is(m.neg, -0), m.date instanceof Date, m.map instanceof Map);
});
