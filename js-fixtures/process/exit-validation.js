// process.exit validates its argument; a bad exitCode type too.
for (const v of ['abc', 1.5, {}, [], true]) {
  try {
    process.exit(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.exit('3');
