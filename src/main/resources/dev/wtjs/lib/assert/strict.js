'use strict';

// node:assert/strict is the strict-mode assert itself.
module.exports = require('assert').strict;
