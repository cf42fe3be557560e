// An unref'd timer does not keep the process alive; an unref'd interval neither.
setTimeout(() => console.log('unref timer fired (should not)'), 100000).unref();
setInterval(() => console.log('unref interval (should not)'), 100000).unref();
setImmediate(() => {
  console.log('immediate runs');
  setTimeout(() => console.log('ref timer runs'), 5);
});
process.on('exit', (c) => console.log('exit', c));
