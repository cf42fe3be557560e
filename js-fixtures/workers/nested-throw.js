// A parent worker ends (throw) while its own workers spin or wait: they end with it.
require('./helpers/subtree').run('throw');
