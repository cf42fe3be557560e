'use strict';
// internalBinding('config'): what this runtime was built with. No ICU, no inspector, no OpenSSL.
module.exports = {
  isDebugBuild: false,
  hasOpenSSL: false,
  fipsMode: false,
  hasIntl: false,
  hasTracing: false,
  hasNodeOptions: false,
  hasInspector: false,
  noBrowserGlobals: false,
  bits: 64,
};
