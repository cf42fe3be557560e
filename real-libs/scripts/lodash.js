// lodash (CommonJS): collections, objects, functions, templates.
const _ = require('lodash');
const fp = require('lodash/fp');
const users = [{ name: 'ann', age: 36, active: true }, { name: 'bob', age: 40, active: false },
               { name: 'cid', age: 1, active: true }];
console.log(_.map(_.filter(users, 'active'), 'name'));
console.log(_.groupBy([6.1, 4.2, 6.3], Math.floor), _.chunk(['a', 'b', 'c', 'd'], 3));
console.log(_.sortBy(users, ['age']).map((u) => u.name), _.keyBy(users, 'name').bob.age);
console.log(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
console.log(_.get({ a: [{ b: { c: 3 } }] }, 'a[0].b.c'), _.set({}, 'x.y[1]', 7));
console.log(_.template('hello <%= user %>!')({ user: 'fred' }), _.camelCase('Foo Bar'), _.kebabCase('fooBar'));
console.log(_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.cloneDeep(new Map([[1, { x: 1 }]])));
console.log(fp.flow(fp.map((x) => x * 2), fp.sum)([1, 2, 3]), _.range(0, 10, 3), _.uniqBy([2.1, 1.2, 2.3], Math.floor));
const memo = _.memoize((n) => n * n);
memo(4);
console.log(memo.cache.get(4), _.debounce(() => {}, 10).cancel === undefined);
const throttled = _.throttle((x) => console.log('throttled', x), 20);
throttled(1);
throttled(2);
setTimeout(() => console.log('done', _.VERSION), 60);
