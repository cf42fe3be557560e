'use strict';

const { win32 } = require('path');

module.exports = win32;
