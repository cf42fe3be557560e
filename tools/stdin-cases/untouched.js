'use strict';
// Never reads stdin: must exit without waiting for input.
console.log('fd', process.stdin.fd, typeof process.stdin.pipe, process.stdout.writable);
