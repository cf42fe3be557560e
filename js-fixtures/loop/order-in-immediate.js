// Inside an immediate: a timeout scheduled there runs after the check phase; immediates queued from
// immediates run in the next loop iteration.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate 1'));
  process.nextTick(() => console.log('tick in immediate 1'));
  Promise.resolve().then(() => console.log('promise in immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  setImmediate(() => {
    console.log('immediate from immediate 2');
    setImmediate(() => console.log('third level'));
  });
});
