// An unref'd timer still fires while something else keeps the loop alive.
const u = setTimeout(() => console.log('unref fired'), 5);
u.unref();
setTimeout(() => console.log('ref done'), 40);
