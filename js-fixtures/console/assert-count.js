// console.assert and console.count / countReset.
console.assert(true, 'never printed');
console.assert(false, 'printed %s', 'with format');
console.assert(false);
console.assert(0, { obj: 1 });
console.count();
console.count();
console.count('label');
console.count('default');
console.countReset();
console.count();
console.countReset('nope');
console.count('label');
