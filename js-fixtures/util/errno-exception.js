'use strict';
// util._errnoException and util._exceptionWithHostPort: the error's fields, and a stack that starts at the
// function that called them.
const util = require('util');

const top = (err) => err.stack.split('\n').slice(0, 2).map((l) => l.replace(/\(.*\)/, '').trim()).join(' | ');

function opener() {
  return util._errnoException(-2, 'open', 'x.txt');
}
const e = opener();
console.log(e.message, e.code, e.errno, e.syscall, Object.keys(e));
console.log(top(e));

function connector() {
  return util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
}
const e2 = connector();
console.log(e2.message, e2.code, e2.address, e2.port, Object.keys(e2));
console.log(top(e2));
