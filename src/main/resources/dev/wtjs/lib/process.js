'use strict';
// require('process'): the agent's process object.
module.exports = process;
