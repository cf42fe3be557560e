'use strict';
// When an asynchronous fs call answers. wtjs does the work at once, synchronously, but node's answer comes from
// libuv's thread pool in the poll phase of a later turn of the loop, one turn for each request the call makes to
// the pool (readFile: open, fstat, read, close). Callbacks and promises therefore wait that many turns, so they
// run where node runs them against nextTick, promise jobs, timers and immediates (the counts were measured under
// node 24 with a chain of immediates). A call that fails fails at its first request: one turn.

const binding = internalBinding('host').fs();

const TRIPS = { readFile: 4, writeFile: 3, appendFile: 3, realpath: 3, rm: 3 };

function trips(name, failed) {
  return failed ? 1 : TRIPS[name] ?? 1;
}

// node validates arguments before it asks the pool: such errors are thrown (callbacks) or reject at once.
function isArgumentError(err) {
  return typeof err?.code === 'string' && err.code.startsWith('ERR_');
}

// Runs `work` now; calls `done(error, result)` after the turns `name` takes.
function answerLater(name, work, done) {
  let result;
  let error = null;
  try {
    result = work();
  } catch (e) {
    if (isArgumentError(e)) throw e;
    error = e;
  }
  binding.later(trips(name, error !== null), () => done(error, result));
}

// The promise of an fs.promises call: settles after the turns `name` takes (a bad argument rejects at once).
function settleLater(name, work) {
  return new Promise((resolve, reject) => {
    answerLater(name, work, (err, result) => (err !== null ? reject(err) : resolve(result)));
  });
}

module.exports = { answerLater, settleLater };
