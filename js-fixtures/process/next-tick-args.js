// nextTick passes extra args; invalid callback throws ERR_INVALID_ARG_TYPE.
process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', { three: 3 });
process.nextTick(function () { console.log('no args', arguments.length); });
try {
  process.nextTick('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
