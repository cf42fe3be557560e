'use strict';
// stdin piped through a Transform into stdout.
const { Transform, pipeline } = require('stream');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } });
pipeline(process.stdin, upper, process.stdout, (err) => console.error('pipeline done', err ?? 'ok'));
