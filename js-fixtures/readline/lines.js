'use strict';
// 'line' for \n, \r\n and \r endings split across chunks, a last line without newline, then 'close'.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('pause', () => console.log('pause'));
rl.on('close', () => console.log('close', rl.closed));
input.write('one\ntw');
input.write('o\r\nthree\r');
input.write('\nfour\rfive\n\n');
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac, 0x0a]));
input.end('last');
console.log('sync end', rl.terminal, rl.line, rl.getPrompt());
