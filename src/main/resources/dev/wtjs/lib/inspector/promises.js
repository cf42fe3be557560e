'use strict';
// As `inspector`: not available in this build.
require('inspector');
