// The reason text of ERR_UNHANDLED_REJECTION for several non-Error values (V8's side-effect-free toString).
const kinds = [[1, 2], new (class Foo {})(), Object.create(null), new Map(), { [Symbol.toStringTag]: 'Tag' },
  { toString() { return 'custom'; } }, null, undefined, 10n, Symbol('sym')];
process.on('exit', (c) => console.log('exit', c));
let i = 0;
process.on('uncaughtException', (err, origin) => {
  console.log(i++, origin, err.code, err.message.slice(err.message.indexOf('reason')));
});
for (const k of kinds) Promise.reject(k);
