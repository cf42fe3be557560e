// console.error/warn go to stderr, info/debug to stdout; console.dir options.
console.info('info line');
console.debug('debug line', { x: 1 });
console.error('error line', 42);
console.warn('warn line');
console.dir({ a: { b: { c: { d: { e: 1 } } } } });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir('a string', { colors: false });
class C { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }
console.log(new C());
console.dir(new C());
process.stdout.write('raw write\n');
process.stderr.write('raw stderr\n');
