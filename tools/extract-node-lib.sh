#!/usr/bin/env bash
# Writes the JS sources of the installed node's builtin modules to DIR (default /tmp/node-lib), for reference
# when porting a builtin. They come from node itself (process.binding('natives')), so they match the node
# that records the fixtures.
set -euo pipefail
dir=${1:-/tmp/node-lib}
node -e "
const fs=require('fs'),path=require('path');
for (const [k,v] of Object.entries(process.binding('natives'))) {
  const p=path.join(process.argv[1],k+'.js'); fs.mkdirSync(path.dirname(p),{recursive:true}); fs.writeFileSync(p,v);
}" "$dir" 2>/dev/null
echo "node $(node --version) lib written to $dir"
