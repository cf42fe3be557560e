// An unref'd timer that is already due when the script ends does not run: with nothing ref'd the loop never
// starts (libuv checks for live handles before its first iteration).
setTimeout(() => console.log('unref fired (never)'), 1).unref();
const end = Date.now() + 30;
while (Date.now() < end);
process.on('exit', (c) => console.log('exit', c));
console.log('end of script');
