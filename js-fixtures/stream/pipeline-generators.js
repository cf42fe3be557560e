'use strict';
// pipeline with async generators as source, transform and destination, through stream/promises.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const got = [];
  await pipeline(
    async function* () { yield 'x'; yield 'y'; },
    async function* (source) { for await (const c of source) yield String(c).toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }),
  );
  log('gen pipeline', got);

  const result = await pipeline(
    Readable.from([1, 2, 3]),
    async function (source) { let sum = 0; for await (const n of source) sum += n; return sum; },
  );
  log('sink result', result);

  try {
    await pipeline(
      Readable.from(['a']),
      async function* (source) { for await (const c of source) throw new Error(`cannot ${c}`); },
      new Writable({ write(c, e, cb) { cb(); } }),
    );
  } catch (e) {
    log('rejected', e.message);
  }
  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log('aborted', e.name, e.code); }
}
main().then(() => log('done'));
