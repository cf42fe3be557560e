'use strict';
// readline over process.stdin: a question answered by the first line, then the rest with for await.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.question('first? ', async (answer) => {
  console.log('answer:', answer);
  let n = 0;
  let last;
  for await (const line of rl) {
    n++;
    last = line;
  }
  console.log('more lines', n, 'last', JSON.stringify(last));
});
