'use strict';
// assert(value) without a message quotes the call from the source file (node 24), one line at most.
const assert = require('assert');
const { ok } = assert;

function report(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (err) {
    console.log(JSON.stringify(err.message), err.generatedMessage, err.operator, err.actual, err.expected);
  }
}

const a = 1;
report(() => assert(a === 2));
report(() => assert.ok(typeof a === 'string'));
report(() => { assert(
  a === 2,
  undefined,
); });
report(() => assert.strict.ok(null));
report(() => ok(''));
report(() => { let x = (assert(false)); return x; });
report(() => { (0, assert)(false); });
report(() => assert['ok'](0));
report(() => assert("a)b" === 'c'));
report(() => assert(/\)/.test('x')));
report(() => assert(a === 2 /* note */));
report(() => assert(a === 2, 'given'));
report(() => assert(a === 2, new TypeError('error given')));
report(() => assert());
report(() => [0].forEach(assert));
