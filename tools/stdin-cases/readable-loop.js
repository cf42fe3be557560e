'use strict';
// Paused-mode reading of stdin with 'readable' and read(); bytes counted, then 'end' and 'close'.
let bytes = 0;
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) bytes += chunk.length;
});
process.stdin.on('end', () => console.log('end', bytes));
process.stdin.on('close', () => console.log('close'));
