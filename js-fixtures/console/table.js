// console.table with arrays, objects, primitives, column filters.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c1: 1 }, r2: { c2: 'two' } });
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table(['x', 'y']);
console.table('not tabular');
console.table(42);
console.table([]);
console.table(new Map([['k', { v: 1 }]]));
console.table(new Set([1, 2]));
console.table([{ name: 'long value here', n: null, u: undefined, o: { nested: true } }]);
