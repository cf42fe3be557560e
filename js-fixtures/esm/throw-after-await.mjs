// An error thrown after a top-level await in an ES module entry: exit 1 with node's report.
await new Promise((r) => setTimeout(r, 5));
console.log('awaited');
throw new TypeError('after await');
