'use strict';
// A CPU-bound plugin: counts the primes below request.below with a sieve. Hot enough that GraalJS's optimizing
// compiler makes later requests many times faster than the first ones.
const { serve } = require('wtjs/plugin');

function countPrimes(below) {
  const composite = new Uint8Array(below);
  let count = 0;
  for (let i = 2; i < below; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < below; j += i) composite[j] = 1;
  }
  return count;
}

serve(({ below }) => {
  if (!Number.isInteger(below) || below < 0) throw new RangeError(`below must be a whole number >= 0, not ${below}`);
  return { below, primes: countPrimes(below) };
});
