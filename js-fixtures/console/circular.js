// Circular references get <ref *N> and [Circular *N].
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b', list: [] };
b.list.push(b, { back: b });
console.log(b);
const m = new Map();
m.set('me', m);
console.log(m);
const x = { y: {} };
x.y.x = x;
x.y.y = x.y;
console.log(x);
