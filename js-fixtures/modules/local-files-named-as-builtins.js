// A relative require always means a file, even when its name is a builtin's (constants, util): found by semver
// under the test suite, where the builtins are a class-path folder and './constants' found lib/constants.js.
console.log(require('./named-as-builtins'));
console.log(typeof require('constants').O_RDONLY, typeof require('util').inspect);
