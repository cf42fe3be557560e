// Ticks queued from promises and promises queued from ticks.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => {
    console.log('promise from tick 1');
    process.nextTick(() => console.log('tick from promise from tick 1'));
  });
  process.nextTick(() => console.log('tick from tick 1'));
});
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
