// timers/promises with AbortSignal, the setInterval iterator, ref: false, validation, and the scheduler.
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(5000, 'late', { signal: ac.signal });
  ac.abort('why');
  try { await p; } catch (err) { console.log('setTimeout aborted', err.name, err.code, err.message, err.cause); }
  try { await tp.setImmediate('v', { signal: AbortSignal.abort('pre') }); } catch (err) { console.log('setImmediate pre', err.name, err.cause); }
  for (const bad of [() => tp.setTimeout('1'), () => tp.setTimeout(1, 'v', 5), () => tp.setTimeout(1, 'v', { ref: 'no' }),
    () => tp.setImmediate('v', { signal: {} })]) {
    try { await bad(); } catch (err) { console.log('rejects', err.code, err.message); }
  }
  let n = 0;
  const ac2 = new AbortController();
  try {
    for await (const v of tp.setInterval(2, 'tick', { signal: ac2.signal })) {
      console.log(v, ++n);
      if (n === 3) ac2.abort('enough');
    }
  } catch (err) {
    console.log('interval ended', err.name, err.cause);
  }
  const it = tp.setInterval(1, 'once');
  console.log(await it.next(), await it.return(), await it.next());
  console.log('wait', await tp.scheduler.wait(2), 'yield', await tp.scheduler.yield());
  try { tp.scheduler.wait.call({}, 1); } catch (err) { console.log(err.code); }
  try { new tp.scheduler.constructor(); } catch (err) { console.log(err.code); }
  tp.setTimeout(100000, 'unref', { ref: false }).then(() => console.log('never: unref timer'));
  console.log('done');
})();
