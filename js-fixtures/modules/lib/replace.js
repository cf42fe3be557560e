exports.lost = true;
module.exports = function replaced() { return 'replaced'; };
module.exports.extra = 1;
