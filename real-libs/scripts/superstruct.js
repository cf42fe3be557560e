// superstruct (ES-module package whose "main" is a .cjs file: require() takes it).
const { object, string, number, array, optional, assert, is, validate, StructError, defaulted, create } = require('superstruct');
const User = object({ id: number(), name: string(), tags: optional(array(string())) });
console.log(is({ id: 1, name: 'a' }, User), is({ id: '1', name: 'a' }, User));
const [err] = validate({ id: 1, name: 5 }, User);
console.log(err instanceof StructError, err.message, err.path, err.failures().length);
try {
  assert({ id: 'x' }, User);
} catch (e) {
  console.log(e.name, e.key, e.type);
}
console.log(create({ n: undefined }, object({ n: defaulted(number(), 7) })));
