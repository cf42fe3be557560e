// A long promise chain and ticks all finish before the first timer.
let p = Promise.resolve(0);
for (let i = 0; i < 5; i++) p = p.then((v) => { console.log('then', v); return v + 1; });
setTimeout(() => console.log('timeout'), 0);
(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await new Promise((r) => process.nextTick(r));
  console.log('after await tick');
})();
