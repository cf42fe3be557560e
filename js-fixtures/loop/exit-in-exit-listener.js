// process.exit() inside an 'exit' listener does not re-run listeners.
process.on('exit', (c) => {
  console.log('exit listener', c);
  process.exit(6);
});
process.on('exit', () => console.log('second listener (never)'));
process.exit(2);
