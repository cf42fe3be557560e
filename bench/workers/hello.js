'use strict';
require('worker_threads').parentPort.postMessage('hi');
