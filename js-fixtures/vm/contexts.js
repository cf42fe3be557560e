// vm contexts: sandbox properties seen as globals, declarations and assignments written back, a realm of its own.
const vm = require('vm');

const sandbox = { animal: 'cat', count: 2, log: (...a) => console.log('[ctx]', ...a) };
console.log(vm.isContext(sandbox), vm.createContext(sandbox) === sandbox, vm.isContext(sandbox));
vm.runInContext('count += 1; var name = "kitty"; function hello() { return animal + " " + name; } total = count * 10;',
  sandbox);
console.log(sandbox.count, sandbox.name, typeof sandbox.hello, sandbox.total, sandbox.hello());
sandbox.count = 100;
console.log(vm.runInContext('count + 1', sandbox));
sandbox.name = 'tom';
console.log(vm.runInContext('name', sandbox), vm.runInContext('hello()', sandbox));
vm.runInContext('log("inside", typeof require, typeof process, typeof setTimeout, typeof console.log)', sandbox);
vm.runInContext('delete globalThis.total', sandbox);
console.log('total' in sandbox);
vm.runInContext('let hidden = 1; const alsoHidden = 2;', sandbox);
console.log('hidden' in sandbox, vm.runInContext('hidden + alsoHidden', sandbox));
console.log(Object.keys(sandbox).sort().join());

// Its own builtins.
const arr = vm.runInContext('[1, 2, 3]', sandbox);
console.log(arr instanceof Array, Array.isArray(arr), arr instanceof vm.runInContext('Array', sandbox));
console.log(vm.runInContext('this', sandbox) === sandbox, vm.runInContext('this', sandbox) === globalThis);
try {
  vm.runInContext('throw new TypeError("from the context")', sandbox);
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message, e instanceof vm.runInContext('TypeError', sandbox));
}
vm.runInContext('Array.prototype.extra = 1', sandbox);
console.log([].extra, vm.runInContext('[].extra', sandbox));

// runInNewContext and the default sandbox.
console.log(vm.runInNewContext('a + b', { a: 1, b: 2 }));
const fresh = {};
vm.runInNewContext('x = 42; var y = "y"', fresh);
console.log(fresh.x, fresh.y);
console.log(vm.runInNewContext('typeof globalThis.Object + " " + typeof console'));
const empty = vm.createContext();
console.log(vm.isContext(empty), Object.keys(empty).length, vm.runInContext('var z = 5; z', empty), empty.z);

// A Script compiled once, run in several contexts.
const script = new vm.Script('n = (typeof n === "number" ? n : 0) + 1', { filename: 'counter.js' });
const c1 = vm.createContext({ n: 10 });
const c2 = vm.createContext({});
script.runInContext(c1);
script.runInContext(c1);
script.runInContext(c2);
console.log(c1.n, c2.n, script.runInNewContext({ n: -1 }));

// DONT_CONTEXTIFY: the new global itself.
const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(vm.isContext(plain), vm.runInContext('globalThis', plain) === plain, typeof plain.Array);
vm.runInContext('var v = 1', plain);
console.log(plain.v);
