// memoryUsage keys and value types.
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
