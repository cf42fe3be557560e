// console.dir and console.log of arrays nested in objects, long arrays of objects, and line breaking.
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
console.log({ list: Array.from({ length: 30 }, (_, i) => i * 1000) });
console.log(Array.from({ length: 8 }, (_, i) => 'item number ' + i));
console.log({ a: [{ b: { c: [1, { d: 2 }] } }] });
console.dir([[1, [2, [3, [4, [5]]]]]], { depth: 1 });
console.log(new Array(3).fill({ x: 'shared' }));
console.log([undefined, null, , NaN]);
console.log({ 'a': 1, '0': 2, '-1': 3, [Symbol.iterator]: 4 });
