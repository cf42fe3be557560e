'use strict';
// util.format('%s') of values whose class node adds to the global object (their own toString is called) and of
// the engine's classes (inspected); subclasses of built-ins print their tag beside their own name.
const util = require('util');

const values = [Buffer.from('ab'), new URL('http://host/path?q=1'), new URLSearchParams('a=1&b=2'),
  new Date(0), [1, [2]], new Map([[1, 2]]), new Uint8Array(2), new Error('plain').message,
  { toString() { return 'own toString'; } }, new (class Named { toString() { return 'class toString'; } })()];
for (const value of values) console.log(util.format('%s', value));

const MyMap = class extends Map {};
const APromise = class extends Promise {};
class Set2 extends Set {}
class Mapper extends Map {}
console.log(new MyMap([[1, 'one']]), new Set2([1]), new Mapper());
console.log(new APromise(() => {}), [new (class MyArray extends Array {})(3)]);
console.log(util.inspect(new (class Uint8ArrayX extends Uint8Array {})(2)));
