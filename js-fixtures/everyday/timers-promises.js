'use strict';
const { setTimeout: delay, setImmediate: immediate, setInterval: every } = require('timers/promises');
(async () => {
  console.log(await delay(5, 'value'));
  console.log(await immediate('imm'));
  let n = 0;
  for await (const v of every(5, 'tick')) { console.log(v, ++n); if (n === 3) break; }
  const ac = new AbortController();
  const p = delay(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await delay(1000, null, { signal: AbortSignal.abort('why') }); } catch (e) { console.log(e.name, e.cause); }
  console.log('done');
})();
