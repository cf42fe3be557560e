'use strict';
// assert.Assert instances (strict by default, or legacy with strict: false) and the deprecated CallTracker.
const assert = require('assert');

const show = (label, fn) => {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (err) {
    console.log(`${label}: ${err.code} ${JSON.stringify(err.message)}`);
  }
};

const strict = new assert.Assert();
console.log(Object.keys(strict).join(','), typeof strict.strictEqual, strict.equal === strict.strictEqual);
show('strict equal', () => strict.equal(1, '1'));
const legacy = new assert.Assert({ strict: false });
show('legacy equal', () => legacy.equal(1, '1'));
show('legacy equal fails', () => legacy.equal(1, 2));
show('bad diff', () => new assert.Assert({ diff: 'x' }));
class Foo { constructor() { this.a = 1; } }
const lenient = new assert.Assert({ skipPrototype: true });
show('skipPrototype', () => lenient.deepStrictEqual(new Foo(), { a: 1 }));
show('with prototype', () => strict.deepStrictEqual(new Foo(), { a: 1 }));
console.log(assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual,
            assert.strict.ok === assert.ok, assert.ok === assert, Object.keys(assert).sort().join(','));
console.log(require('assert/strict') === assert.strict);

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const tracker = new assert.CallTracker();
const twice = tracker.calls(function foo(a, b) { return a + b; }, 2);
const anon = tracker.calls();
console.log(twice.name, twice.length, twice(1, 2), JSON.stringify(anon.name));
console.log(JSON.stringify(tracker.getCalls(twice)));
console.log(tracker.report().map((r) => `${r.message} ${r.actual}/${r.expected} ${r.operator}`).join('\n'));
show('verify two', () => tracker.verify());
anon();
show('verify one', () => tracker.verify());
twice(3, 4);
show('verify none', () => tracker.verify());
show('not tracked', () => tracker.getCalls(() => {}));
show('bad count', () => tracker.calls(() => {}, 0));
