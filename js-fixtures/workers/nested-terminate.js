// A parent worker ends (terminate) while its own workers spin or wait: they end with it.
require('./helpers/subtree').run('terminate');
