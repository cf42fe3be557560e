'use strict';
// An assertion nobody catches: the AssertionError goes to stderr and the exit code is 1.
const assert = require('assert');
console.log('before');
assert.deepStrictEqual({ list: [1, 2, 3], name: 'x' }, { list: [1, 2, 4], name: 'x' });
