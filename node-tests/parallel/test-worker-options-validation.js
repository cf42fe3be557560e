'use strict';
// The constructor validates its arguments synchronously with node's error codes.
require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.throws(() => new Worker(123), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new Worker('x', { eval: true, argv: 'not an array' }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new Worker('x', { eval: true, env: 42 }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new Worker('x', { eval: true, name: 123 }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
