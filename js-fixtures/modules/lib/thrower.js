exports.partial = true;
throw new Error('module init failed');
