// process.exitCode validates what it is set to (node 20).
for (const v of ['abc', 1.5, {}, true]) {
  try {
    process.exitCode = v;
    console.log('accepted', v, process.exitCode);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.exitCode = '4';
console.log(process.exitCode);
process.exitCode = undefined;
process.exitCode = null;
console.log(process.exitCode);
process.exitCode = 2;
