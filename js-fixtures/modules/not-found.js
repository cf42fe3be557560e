// MODULE_NOT_FOUND with the require stack.
try {
  require('./nope');
} catch (e) {
  console.log(e.code, JSON.stringify(e.message), e.requireStack);
}
try {
  require('no-such-package');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require('./cyc/missing-inner');
} catch (e) {
  console.log(e.code, e.message, e.requireStack);
}
require('./also-missing');
