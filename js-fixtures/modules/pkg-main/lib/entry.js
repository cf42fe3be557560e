module.exports = 'pkg-main entry';
