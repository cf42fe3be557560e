// setInterval cleared after N runs, args passed, `this` is the Timeout.
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 2, 'x', 'y');
console.log(typeof iv, iv.constructor.name);
process.on('exit', (c) => console.log('exit', c, n));
