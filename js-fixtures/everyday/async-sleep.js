'use strict';
// The most common shape of a script: async/await over timers, in sequence and in loops.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  await sleep(10); console.log('a');
  await sleep(10); console.log('b');
  for (let i = 0; i < 3; i++) { await sleep(1); console.log('loop', i); }
  const results = await Promise.all([sleep(5).then(() => 'x'), sleep(1).then(() => 'y')]);
  console.log('all', results);
  console.log('race', await Promise.race([sleep(300).then(() => 'slow'), sleep(1).then(() => 'fast')]));
  const settled = await Promise.allSettled([Promise.reject(new Error('no')), sleep(1).then(() => 1)]);
  console.log('settled', settled.map((s) => s.status));
  console.log('any', await Promise.any([Promise.reject(new Error('a')), sleep(2).then(() => 'b')]));
})();
