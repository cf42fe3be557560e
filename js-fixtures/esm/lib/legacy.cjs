exports.named = "from cjs"; exports.count = 2;
