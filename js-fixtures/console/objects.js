// Nested objects past depth 2, arrays, holes, long arrays, null prototype, class instances, getters.
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[[1]]]]]);
console.log({ arr: [1, 2, [3, [4, [5]]]] });
console.log([1, , 3, , , 6]);
console.log(new Array(5));
console.log(Array.from({ length: 120 }, (_, i) => i));
const np = Object.create(null);
np.x = 1;
console.log(np, Object.create(null));
class Point { constructor() { this.x = 1; this.y = 2; } }
console.log(new Point(), [new Point()]);
class Empty {}
console.log(new Empty());
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} });
console.log({ 'key with space': 1, valid_id: 2, 3: 'num', 'a-b': 4 });
const arr = [1, 2];
arr.extra = 'prop';
console.log(arr);
console.log({ f() {}, g: function () {}, h: () => {} });
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
console.log({ long: 'x'.repeat(100), other: 'y'.repeat(30) });
console.log({ a: 1, b: 'two', c: [3], d: { e: 4 }, f: null, g: undefined, h: 1n });
