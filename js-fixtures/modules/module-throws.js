// A module that throws while loading is not cached; requiring again re-runs it.
for (let i = 0; i < 2; i++) {
  try {
    require('./lib/thrower');
  } catch (e) {
    console.log('caught', e.message);
  }
}
console.log(Object.keys(require.cache).some((k) => k.endsWith('thrower.js')));
