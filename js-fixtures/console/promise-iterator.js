// Promise states and Map/Set iterator previews need the engine's view of internal slots.
console.log(Promise.resolve(42), new Promise(() => {}));
const rejected = Promise.reject(3);
rejected.catch(() => {});
console.log(rejected);
console.log(new Map([[1, 2]]).entries(), new Set([5]).values(), [1, 2][Symbol.iterator]());
console.log(new Map([['a', 1]]).keys(), new WeakMap([[{}, 1]]));
