// A parent worker ends (exit) while its own workers spin or wait: they end with it.
require('./helpers/subtree').run('exit');
