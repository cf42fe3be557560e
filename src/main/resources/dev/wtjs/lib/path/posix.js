'use strict';

const { posix } = require('path');

module.exports = posix;
