'use strict';
// One readable piped into two writables whose write callbacks this script releases by hand: the source waits for
// every full destination to drain, a destination unpiped while full stops holding it back, and a direct read()
// of the source forgets the waits.
const { Readable, Writable } = require('stream');

const log = (line) => console.log(line);
const turn = () => new Promise((resolve) => setImmediate(resolve));

function sink(name) {
  const held = [];
  const w = new Writable({
    highWaterMark: 2,
    write(chunk, enc, cb) {
      log(`${name} got ${chunk}`);
      held.push(cb);
    },
  });
  w.release = () => { const cbs = held.splice(0); for (const cb of cbs) cb(); };
  for (const ev of ['drain', 'unpipe', 'finish']) w.on(ev, () => log(`${name} ${ev}`));
  return w;
}

function source(n) {
  let i = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() {
      i++;
      this.push(i <= n ? `c${i}` : null);
    },
  });
  for (const ev of ['pause', 'resume', 'end']) r.on(ev, () => log(`src ${ev}`));
  return r;
}

async function twoDestinations() {
  log('-- two destinations');
  const r = source(3);
  const a = sink('a');
  const b = sink('b');
  r.pipe(a);
  r.pipe(b);
  for (let i = 0; i < 6; i++) {
    await turn();
    log(`paused ${r.isPaused()}, waiting on a ${a.writableNeedDrain}, b ${b.writableNeedDrain}`);
    if (i % 2 === 0) a.release(); else b.release();
  }
  await turn();
  a.release();
  b.release();
  await turn();
}

async function unpipeWhileFull() {
  log('-- unpipe a full destination');
  const r = source(3);
  const a = sink('a');
  const b = sink('b');
  r.pipe(a);
  r.pipe(b);
  await turn();
  a.release();
  await turn();
  log(`paused ${r.isPaused()}, b needs drain ${b.writableNeedDrain}`);
  r.unpipe(b);
  log(`pipes left ${r._readableState.pipes.length}, paused ${r.isPaused()}`);
  for (let i = 0; i < 4; i++) {
    await turn();
    a.release();
  }
  await turn();
}

async function readForgetsWait() {
  log('-- read() while waiting');
  const r = source(4);
  const w = sink('w');
  r.pipe(w);
  await turn();
  log(`paused ${r.isPaused()}, buffered ${r.readableLength}`);
  log(`read ${r.read()}`);
  for (let i = 0; i < 5; i++) {
    await turn();
    w.release();
  }
  await turn();
}

(async () => {
  await twoDestinations();
  await unpipeWhileFull();
  await readForgetsWait();
})();
