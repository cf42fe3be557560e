// A node: name that does not exist: ERR_UNKNOWN_BUILTIN_MODULE.
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
require('node:also-not');
