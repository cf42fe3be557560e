'use strict';
// node:sys: the old name of node:util (DEP0025, warned once when first loaded).
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
