'use strict';
// AssertionError texts of the comparison methods (node 24's format): each failure is caught and its message,
// code, generatedMessage, operator, actual and expected are printed.
const assert = require('assert');
const util = require('util');

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (err) {
    console.log(`--- ${label}`);
    console.log(JSON.stringify(err.message));
    console.log(err.name, err.code, err.generatedMessage, err.operator,
                util.inspect(err.actual, { breakLength: Infinity }), util.inspect(err.expected, { breakLength: Infinity }));
    console.log(err instanceof assert.AssertionError, Object.keys(err).join(','));
  }
}

const big = (n, change) => Array.from({ length: n }, (_, i) => (i === change ? -1 : i));
const same = { a: 1 };
report('strictEqual 1 2', () => assert.strictEqual(1, 2));
report('strictEqual 0 -0', () => assert.strictEqual(0, -0));
report('strictEqual NaN NaN', () => assert.strictEqual(NaN, NaN));
report('strictEqual short strings', () => assert.strictEqual('hello', 'hellO'));
report('strictEqual strings caret', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
report('strictEqual long strings', () => assert.strictEqual('x'.repeat(60), 'y'.repeat(60)));
report('strictEqual undefined null', () => assert.strictEqual(undefined, null));
report('strictEqual same structure', () => assert.strictEqual({ a: 1 }, { a: 1 }));
report('strictEqual arrays', () => assert.strictEqual([1, 2, 3], [1, 2, 4]));
report('strictEqual message', () => assert.strictEqual(1, 2, 'my message'));
report('strictEqual 1n 2n', () => assert.strictEqual(1n, 2n));
report('notStrictEqual 1 1', () => assert.notStrictEqual(1, 1));
report('notStrictEqual long', () => assert.notStrictEqual('abcdef', 'abcdef'));
report('notStrictEqual same object', () => assert.notStrictEqual(same, same));
report('equal', () => assert.equal(1, 2));
report('equal NaN', () => assert.equal(NaN, NaN));
report('equal long', () => assert.equal('a'.repeat(600), 'b'));
report('notEqual', () => assert.notEqual(1, '1'));
report('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
report('notDeepEqual same text', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
report('notDeepEqual other text', () => assert.notDeepEqual(1, '1'));
report('deepStrictEqual object', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
report('deepStrictEqual nested', () => assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }));
report('deepStrictEqual extra item', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
report('deepStrictEqual block', () => assert.deepStrictEqual({ a: 1, b: 2, c: 0 }, { a: 3, b: 4, c: 0 }));
report('deepStrictEqual skipped', () => assert.deepStrictEqual(big(40), big(40, 20)));
report('deepStrictEqual two changes', () => assert.deepStrictEqual(big(30, 5), big(30, 25)));
report('deepStrictEqual map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
report('deepStrictEqual prototype', () => assert.deepStrictEqual(Object.create(null), {}));
report('deepStrictEqual -0', () => assert.deepStrictEqual([0], [-0]));
report('deepStrictEqual primitives', () => assert.deepStrictEqual('a', 'b'));
report('deepStrictEqual custom', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
report('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
report('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
report('strict.equal', () => assert.strict.equal(1, '1'));
report('strict.deepEqual', () => assert.strict.deepEqual({ a: 1 }, { a: '1' }));
report('partialDeepStrictEqual', () => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
report('partialDeepStrictEqual ok', () => assert.partialDeepStrictEqual({ a: 1, b: [1, 2, 3] }, { b: [1, 3] }));
report('missing args', () => assert.strictEqual(1));
report('AssertionError ctor', () => { throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); });
report('AssertionError bad options', () => new assert.AssertionError());
const e = new assert.AssertionError({ message: 'hi' });
console.log(String(e), e.stack.split('\n')[0]);
