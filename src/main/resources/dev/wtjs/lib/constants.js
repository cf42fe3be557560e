'use strict';
// node:constants (deprecated in node's docs, still loaded by old code): the os error numbers, signals and
// dlopen flags, priorities, with fs's and crypto's constants, in one frozen-free object as node gives it.

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

const constants = {};
Object.assign(constants, os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals,
  fs.constants, crypto.constants);
for (const key of Object.keys(constants)) {
  Object.defineProperty(constants, key, { value: constants[key], writable: false, enumerable: true, configurable: false });
}
module.exports = constants;
