'use strict';
// vm's timeout: a runaway script is stopped, node's error is thrown at the call site, and the agent goes on.
const vm = require('vm');

function attempt(label, run) {
  try {
    console.log(label, 'returned', run());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, e instanceof Error);
  }
}

attempt('runInThisContext', () => vm.runInThisContext('while (true) {}', { timeout: 30 }));
attempt('runInNewContext', () => vm.runInNewContext('for (;;) { x++; }', { x: 0 }, { timeout: 30 }));

const sandbox = vm.createContext({ count: 0 });
attempt('runInContext', () => vm.runInContext(
  'var seen = "before"; while (true) count++;', sandbox, { timeout: 40 }));
console.log('count moved', sandbox.count > 0, 'var kept', sandbox.seen);
console.log('context still works', vm.runInContext('count = 7; count * 6', sandbox));

const script = new vm.Script('let n = 0; while (n >= 0) n++;');
attempt('Script#runInThisContext', () => script.runInThisContext({ timeout: 25 }));
attempt('Script#runInNewContext', () => new vm.Script('while (1);').runInNewContext({}, { timeout: 25 }));
attempt('Script#runInContext', () => new vm.Script('while (1);').runInContext(vm.createContext(), { timeout: 25 }));

// In time: the value, and a script's own error, come through as they are.
attempt('quick', () => vm.runInNewContext('a + b', { a: 2, b: 3 }, { timeout: 1000 }));
attempt('own error', () => vm.runInThisContext('throw new RangeError("mine")', { timeout: 1000 }));

// A catch in the script does not keep it alive.
attempt('catching script', () => vm.runInNewContext(
  'for (;;) { try { while (true) {} } catch (e) { } }', {}, { timeout: 40 }));

// Nested: the inner limit is hit first, then the outer one; the inner error is the inner script's to catch.
const outer = vm.createContext({ vm, out: [] });
attempt('nested inner', () => vm.runInContext(`
  try { vm.runInThisContext('while (true) {}', { timeout: 20 }); } catch (e) { out.push(e.code + ' ' + e.message); }
  out.length`, outer, { timeout: 2000 }));
console.log(outer.out);
attempt('nested outer', () => vm.runInContext(`
  vm.runInNewContext('while (true) {}', {}, { timeout: 5000 });`, outer, { timeout: 40 }));

// Bad values.
for (const timeout of [0, -1, 1.5, '10', 2 ** 32, null]) {
  attempt(`timeout ${String(timeout)}`, () => vm.runInThisContext('1', { timeout }));
}

// Timers and promises still run afterwards.
setTimeout(() => console.log('timer after timeouts'), 5);
Promise.resolve().then(() => console.log('microtask after timeouts'));

// The error as node makes it: a plain Error of the realm the script ran in, with a code.
try {
  vm.runInContext('while (true) {}', sandbox, { timeout: 20 });
} catch (e) {
  console.log(String(e), Object.keys(e), Object.getPrototypeOf(e) === vm.runInContext('Error.prototype', sandbox));
}
