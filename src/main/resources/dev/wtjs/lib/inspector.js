'use strict';
// wtjs is a node built without the inspector: requiring the module fails as it does there, so code (and node's
// own tests, through process.features.inspector) can tell and skip. GraalJS's debugger is a JVM option instead.
const { codes } = require('internal/errors');

throw new codes.ERR_INSPECTOR_NOT_AVAILABLE();
