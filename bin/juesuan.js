#!/usr/bin/env node
// Entry point of the juesuan CLI; the TypeScript sources are compiled to lib/ by `npm run build:cli`
// (run automatically by `npm install` through the prepare script).
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('juesuan：尚未编译命令行程序，请先运行 npm run build:cli（npm install 会自动运行）。\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
