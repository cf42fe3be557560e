'use strict';
// A wtjs plugin: counts words. Java sends { text }, gets { words, top } back (see PluginHost.java).
const { serve } = require('wtjs/plugin');
const { workerData } = require('worker_threads');
const { countWords } = require('./lib/count');

serve((request) => {
  if (typeof request.text !== 'string') throw new TypeError('request.text must be a string');
  return countWords(request.text, workerData.top);
});
