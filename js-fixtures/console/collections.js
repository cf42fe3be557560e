// Map, Set, WeakMap, typed arrays, ArrayBuffer, DataView, Promise states.
console.log(new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [3]]]));
console.log(new Set([1, 'a', [2], { b: 3 }]));
console.log(new Map(), new Set(), [new Map([[1, 2]])]);
console.log({ m: new Map([['nested', new Map([['deep', new Set([1])]])]]) });
console.log(new WeakMap(), new WeakSet());
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new BigInt64Array([1n]));
console.log(new Int16Array(0), new Uint8ClampedArray([300]));
console.log(new ArrayBuffer(4));
console.log(new DataView(new ArrayBuffer(2)));
console.log(Object.entries({ a: 1 }));
