// An uncaught error at the top of an ES module entry: node's report (source line, caret, stack) and exit 1.
import { basename } from 'node:path';
console.log('before', basename(import.meta.url));
class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
    this.code = 'E_CONFIG';
  }
}
throw new ConfigError('bad configuration');
