// process.binding(name) for the names old code probes, and node's error for names it does not have.
const uv = process.binding('uv');
console.log(typeof uv.errname, uv.errname(-2), uv.UV_ENOENT, uv.UV_EEXIST);
console.log(process.binding('constants').os.signals.SIGTERM, process.binding('constants').fs.O_CREAT);
const util = process.binding('util');
console.log(util.isDate(new Date()), util.isRegExp(/x/), util.isMap(new Map()), util.isPromise({}));
console.log(typeof process.binding('buffer').byteLengthUtf8, typeof process.binding('config').hasIntl);
console.log(process.binding('uv') === uv);
for (const name of ['crypto', 'timers', 'v8', 'worker', 'messaging', 'async_wrap', 'no_such_thing', 1]) {
  try {
    process.binding(name);
    console.log(name, 'found');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
