// process.exit inside a nextTick from an 'exit'-free path: pending promises do not run.
process.nextTick(() => {
  console.log('tick');
  Promise.resolve().then(() => console.log('never'));
  process.exit();
});
process.on('exit', (c) => console.log('exit', c, process.exitCode));
