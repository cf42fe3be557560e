'use strict';
// The async context that AsyncLocalStorage and AsyncResource see. GraalJS's AsyncContext (a Variable per
// storage, a Snapshot per resource) follows promise jobs and `await` by itself; the loop's own callbacks (timers,
// immediates, nextTick) carry the snapshot taken when they were scheduled, once any storage or resource exists.

const engine = internalBinding('async_context');

let inUse = false;

function markInUse() {
  inUse = true;
}

// The snapshot to restore around a callback scheduled now; undefined while nothing async-context-aware exists.
function capture() {
  return inUse && engine ? new engine.Snapshot() : undefined;
}

// Calls fn (with thisArg and args) inside a snapshot taken by capture().
function runWithin(snapshot, fn, thisArg, args) {
  if (snapshot === undefined) return args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args);
  return snapshot.run(() => (args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args)));
}

module.exports = { engine, markInUse, capture, runWithin };
