// Relative requests for files named like builtins (semver's internal/re.js requires './constants').
const { MAX_LENGTH, from } = require('./constants');
module.exports = [MAX_LENGTH, from, require('./util').from, require('./util.js').from];
