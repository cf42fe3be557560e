'use strict';
// The common helpers themselves: mustCall counts, mustSucceed, expectsError, platformTimeout, tmpdir.path.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const path = require('path');

const twice = common.mustCall((a, b) => a + b, 2);
assert.strictEqual(twice.length, 2);
assert.strictEqual(twice(1, 2), 3);
twice(3, 4);
common.mustCallAtLeast(() => {}, 1)();
common.mustSucceed((v) => assert.strictEqual(v, 'ok'))(null, 'ok');
assert.throws(() => common.mustNotCall('never')(), { code: 'ERR_ASSERTION', message: /^never at / });
common.expectsError({ code: 'ERR_X', name: 'TypeError', message: 'msg' })(
  Object.assign(new TypeError('msg'), { code: 'ERR_X' }));
assert.ok(common.platformTimeout(100) >= 100);
assert.strictEqual(typeof common.isWindows, 'boolean');
assert.strictEqual(typeof common.hasCrypto, 'boolean');
assert.strictEqual(common.isLinux, process.platform === 'linux');
assert.ok(path.isAbsolute(tmpdir.path));
