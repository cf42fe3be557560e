// console.time/timeEnd warnings for missing or duplicate labels (the times themselves are not printed).
console.timeEnd('missing');
console.timeLog('missing too');
console.time('dup');
console.time('dup');
setTimeout(() => console.log('done'), 1);
