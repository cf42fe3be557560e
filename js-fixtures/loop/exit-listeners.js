// 'exit' listeners run in order, once; work scheduled there never runs; exitCode set there wins.
process.on('exit', (c) => {
  console.log('first', c);
  setTimeout(() => console.log('timer in exit (never)'), 0);
  process.nextTick(() => console.log('tick in exit (never)'));
  process.exitCode = 9;
});
process.once('exit', (c) => console.log('second', c, process.exitCode));
process.on('exit', function () { console.log('third this===process', this === process); });
console.log('listeners', process.listenerCount('exit'));
