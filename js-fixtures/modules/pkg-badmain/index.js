module.exports = 'pkg-badmain fallback index';
