'use strict';
// for await over an interface reading a Readable.from source; lines before close all arrive.
const readline = require('readline');
const { Readable } = require('stream');
async function main() {
  const rl = readline.createInterface({ input: Readable.from(['a\nb', '\nc\n', 'd']), crlfDelay: Infinity });
  rl.on('close', () => console.log('close event'));
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines);
  const rl2 = readline.createInterface({ input: Readable.from(['x\ny\nz\n']) });
  for await (const line of rl2) {
    console.log('first only', line);
    break;
  }
  console.log('closed after break', rl2.closed);
}
main();
