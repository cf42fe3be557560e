// A worker past its resourceLimits.maxOldGenerationSizeMb ends with ERR_WORKER_OUT_OF_MEMORY on 'error', then
// 'exit' with code 1; its sibling and the main thread keep working.
const { Worker } = require('worker_threads');

const sibling = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => parentPort.postMessage(n * 2));
`, { eval: true });

const hog = new Worker(`
  const kept = [];
  for (;;) kept.push(new Array(1e5).fill({ n: kept.length }));
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });

hog.on('error', (e) => {
  console.log('error:', e.name, e.code, e instanceof Error, Object.keys(e));
  console.log(e.message);
});
hog.on('exit', (code) => {
  console.log('exit:', code, 'resourceLimits after exit:', hog.resourceLimits);
  sibling.once('message', (m) => {
    console.log('sibling still answers:', m);
    const kept = [];
    for (let i = 0; i < 20; i++) kept.push(new Array(1e5).fill(i));
    console.log('main still allocates:', kept.length);
    sibling.terminate();
  });
  sibling.postMessage(21);
});
