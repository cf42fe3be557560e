// process.exitCode sets the exit status; exit listeners see it.
process.exitCode = 3;
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
});
setTimeout(() => { console.log('timer'); process.exitCode = 5; }, 1);
