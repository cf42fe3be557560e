'use strict';
// node:_http_agent: http's Agent and the global agent (an old internal name some libraries still require).
const http = require('http');
module.exports = {
  Agent: http.Agent,
  get globalAgent() {
    return http.globalAgent;
  },
};
