// beforeExit schedules more work once; then exit follows.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 1) {
    setTimeout(() => console.log('timer from beforeExit'), 1);
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
