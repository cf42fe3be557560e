// console.log of common value types.
console.log(1, -0, 0, NaN, Infinity, -Infinity, 1.5e300, 123n, -5n);
console.log('str', true, false, null, undefined);
console.log(['str in array', -0, 10n]);
console.log(Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('reg'));
console.log({ [Symbol('k')]: 1, a: Symbol('v') });
console.log(function named() {}, () => {}, async function af() {}, function* gen() {}, async () => {});
console.log(class A {}, class B extends Array {}, class {});
const anon = (() => function () {})();
console.log(anon, [anon]);
console.log(new Date(0), new Date(NaN), [new Date(86400000)]);
console.log(/re(g)ex/gi, [/a/m]);
console.log(new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('s')), Object(7n));
console.log('%s', 'only fmt');
console.log('a\nb', ['a\nb', "quote'd", 'dq"d', `both'"`]);
