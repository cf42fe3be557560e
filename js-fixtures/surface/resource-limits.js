'use strict';
// resourceLimits: the export inside a worker and worker.resourceLimits are the values it was started with;
// {} in the main thread and after exit.
const { Worker, resourceLimits } = require('worker_threads');

console.log('main', resourceLimits);
const code = `
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
`;
const limits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 8, codeRangeSizeMb: 64 };
const w = new Worker(code, { eval: true, resourceLimits: limits });
console.log('parent side', w.resourceLimits);
w.on('message', (m) => console.log('inside', m));
w.on('exit', () => {
  console.log('after exit', w.resourceLimits);
  const w2 = new Worker(code, { eval: true, resourceLimits: { stackSizeMb: 2, maxOldGenerationSizeMb: 64 } });
  const { stackSizeMb, maxOldGenerationSizeMb } = w2.resourceLimits;
  console.log('partial', stackSizeMb, maxOldGenerationSizeMb);
  w2.on('message', (m) => console.log('inside partial', m.stackSizeMb, m.maxOldGenerationSizeMb));
});
