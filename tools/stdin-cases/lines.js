'use strict';
// Reads all of stdin as text and reports its size, line count and last line.
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { text += chunk; });
process.stdin.on('end', () => {
  const lines = text.split('\n');
  console.log('chars', text.length, 'lines', lines.length, 'last', JSON.stringify(lines[lines.length - 2]));
});
