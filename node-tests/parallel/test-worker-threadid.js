'use strict';
// worker.threadId equals threadId inside the worker; ids are distinct positive integers.
const common = require('../common');
const assert = require('assert');
const { Worker, threadId } = require('worker_threads');

assert.strictEqual(threadId, 0);
const code = 'const wt = require("worker_threads"); wt.parentPort.postMessage(wt.threadId)';
const a = new Worker(code, { eval: true });
const b = new Worker(code, { eval: true });
assert.ok(Number.isInteger(a.threadId) && a.threadId > 0);
assert.ok(Number.isInteger(b.threadId) && b.threadId > 0);
assert.notStrictEqual(a.threadId, b.threadId);
const aId = a.threadId;
a.on('message', common.mustCall((id) => assert.strictEqual(id, aId)));
b.on('message', common.mustCall((id) => assert.strictEqual(id, b.threadId)));
a.on('exit', common.mustCall(() => assert.strictEqual(a.threadId, -1)));
