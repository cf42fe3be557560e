// runInThisContext, Script, compileFunction, constants and node's errors for bad input.
const vm = require('vm');

globalThis.shared = 5;
console.log(vm.runInThisContext('shared * 2'), vm.runInThisContext('typeof require'));
vm.runInThisContext('var declaredByVm = "yes"');
console.log(globalThis.declaredByVm);
const localVar = 1;
console.log(vm.runInThisContext('typeof localVar'));

const script = new vm.Script('globalThis.runs = (globalThis.runs || 0) + 1', 'runner.js');
script.runInThisContext();
script.runInThisContext();
console.log(globalThis.runs, script.sourceURL, script.sourceMapURL);
const withComments = new vm.Script('1\n//# sourceMappingURL=out.map\n//# sourceURL=named.js');
console.log(withComments.sourceURL, withComments.sourceMapURL);
console.log(new vm.Script({ toString: () => '6 * 7' }).runInThisContext(), vm.runInThisContext(1));
console.log(Object.getOwnPropertyNames(vm.Script.prototype).sort().join());

const add = vm.compileFunction('return a + b + (typeof c)', ['a', 'b']);
console.log(typeof add, add(1, 2), add.length);
const withExt = vm.compileFunction('return prefix + name', ['name'], { contextExtensions: [{ prefix: 'hi ' }] });
console.log(withExt('ada'));
const ctx = vm.createContext({ k: 3 });
const inCtx = vm.compileFunction('return k * 2 + [].constructor.name', [], { parsingContext: ctx });
console.log(inCtx(), inCtx() === vm.runInContext('k * 2 + "Array"', ctx));
console.log(Object.keys(vm.constants).join(), typeof vm.constants.DONT_CONTEXTIFY,
  String(vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER), Object.getPrototypeOf(vm.constants));
console.log(Object.keys(vm).sort().join());

const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
// (GraalJS words its syntax errors its own way: the class only)
for (const [label, f] of [['syntax error', () => new vm.Script('var = 1', { filename: 'bad.js' })],
  ['syntax error in runInThisContext', () => vm.runInThisContext('if (')],
  ['syntax error in a context', () => vm.runInNewContext('}')]]) {
  try {
    f();
  } catch (e) {
    console.log(label, e.name, e instanceof SyntaxError);
  }
}
show('runInContext plain object', () => vm.runInContext('1', {}));
show('runInContext null', () => vm.runInContext('1', null));
show('runInNewContext number', () => vm.runInNewContext('1', 5));
show('createContext number', () => vm.createContext(5));
show('createContext twice', () => vm.createContext(ctx) === ctx);
show('isContext number', () => vm.isContext(5));
show('isContext plain', () => vm.isContext({}));
show('compileFunction number', () => vm.compileFunction(1));
show('compileFunction params string', () => vm.compileFunction('', 'a'));
show('compileFunction params number', () => vm.compileFunction('', [1]));
show('compileFunction parsingContext', () => vm.compileFunction('', [], { parsingContext: {} }));
show('Script filename number', () => new vm.Script('1', { filename: 1 }));
show('Script options number', () => new vm.Script('1', 5));
show('Script lineOffset string', () => new vm.Script('1', { lineOffset: '1' }));
show('Script cachedData string', () => new vm.Script('1', { cachedData: 'x' }));
show('timeout -1', () => vm.runInThisContext('1', { timeout: -1 }));
show('timeout string', () => vm.runInThisContext('1', { timeout: '5' }));
show('displayErrors number', () => vm.runInThisContext('1', { displayErrors: 1 }));
show('thrown error', () => vm.runInThisContext('throw new RangeError("r")'));
show('createContext options', () => vm.createContext({}, { name: 1 }));
