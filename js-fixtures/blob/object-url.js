// URL.createObjectURL and buffer.resolveObjectURL.
const { resolveObjectURL } = require('buffer');
const b = new Blob(['x']);
const u = URL.createObjectURL(b);
console.log(u.slice(0, 14), u.length, resolveObjectURL(u) === b, resolveObjectURL(u + "?q"), resolveObjectURL(u).size, resolveObjectURL('nope'), resolveObjectURL(5));
URL.revokeObjectURL(u);
console.log(resolveObjectURL(u));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.code, e.message); }
