module.exports = 'pkg-index index';
