'use strict';
// node:console: the global console object (its Console property is the class).
module.exports = require('internal/console/global');
