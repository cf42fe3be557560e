'use strict';
// throws / doesNotThrow / rejects / doesNotReject with the kinds of validation node 24 accepts, and match,
// fail, ifError.
const assert = require('assert');

function describe(err) {
  const value = (v) => (v instanceof Error ? `[${v.name}: ${v.message}]` :
    typeof v === 'function' ? `[fn ${v.name}]` : String(v));
  return `${err.name} ${err.code} ${JSON.stringify(err.message)} ${err.generatedMessage} ${err.operator} ` +
    `${value(err.actual)} ${value(err.expected)}`;
}

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (err) {
    console.log(`${label}: ${describe(err)}`);
  }
}

const TE = () => { throw new TypeError('t'); };
report('throws nothing', () => assert.throws(() => {}));
report('throws nothing msg', () => assert.throws(() => {}, 'msg'));
report('throws nothing class', () => assert.throws(() => {}, TypeError));
report('class ok', () => assert.throws(TE, TypeError));
report('class wrong', () => assert.throws(TE, RangeError));
report('class wrong msg', () => assert.throws(TE, RangeError, 'mine'));
report('regexp ok', () => assert.throws(TE, /t/));
report('regexp wrong', () => assert.throws(TE, /x/));
report('object ok', () => assert.throws(TE, { name: 'TypeError', message: 't' }));
report('object wrong', () => assert.throws(TE, { name: 'TypeError', message: 'u' }));
report('object regexp value', () => assert.throws(TE, { message: /^u$/ }));
report('object missing key', () => assert.throws(TE, { code: 'X' }));
report('object empty', () => assert.throws(TE, {}));
report('error instance', () => assert.throws(TE, new TypeError('u')));
report('validator true', () => assert.throws(TE, (e) => e instanceof TypeError));
report('validator false', () => assert.throws(TE, function check() { return false; }));
report('string thrown', () => assert.throws(() => { throw 'str'; }, TypeError));
report('primitive vs object', () => assert.throws(() => { throw null; }, { a: 1 }));
report('ambiguous', () => assert.throws(() => { throw new Error('foo'); }, 'foo'));
report('not a function', () => assert.throws('nope'));
report('bad error arg', () => assert.throws(TE, 5));
report('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
report('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('e'); }));
report('doesNotThrow msg', () => assert.doesNotThrow(() => { throw new Error('e'); }, 'msg'));
report('doesNotThrow other class', () => assert.doesNotThrow(TE, RangeError));
report('match', () => assert.match('abc', /x/));
report('match number', () => assert.match(123, /1/));
report('match bad regexp', () => assert.match('a', 'a'));
report('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
report('fail', () => assert.fail());
report('fail msg', () => assert.fail('boom'));
report('fail error', () => assert.fail(new TypeError('ft')));
report('ifError null', () => assert.ifError(null));
report('ifError error', () => assert.ifError(new Error('if')));
report('ifError string', () => assert.ifError('str'));
report('ifError empty message', () => assert.ifError(new RangeError('')));

(async () => {
  const later = async (label, fn) => {
    try {
      await fn();
      console.log(`${label}: resolved`);
    } catch (err) {
      console.log(`${label}: ${describe(err)}`);
    }
  };
  await later('rejects ok', () => assert.rejects(Promise.reject(new Error('r'))));
  await later('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await later('rejects class', () => assert.rejects(async () => { throw new TypeError('x'); }, RangeError));
  await later('rejects not promise', () => assert.rejects(() => 1));
  await later('rejects bad arg', () => assert.rejects(1));
  await later('doesNotReject', () => assert.doesNotReject(async () => { throw new Error('n'); }));
  await later('doesNotReject msg', () => assert.doesNotReject(Promise.reject(new Error('n')), 'mm'));
})();
