'use strict';
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
    setTimeout(() => console.log('hasRef', iv2.hasRef(), typeof iv[Symbol.toPrimitive]()), 5);
  }
}, 5);
const iv2 = setInterval(() => {}, 1000);
iv2.unref();
const t = setTimeout(() => console.log('never'), 10);
clearTimeout(t);
