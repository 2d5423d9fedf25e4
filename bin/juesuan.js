#!/usr/bin/env node
// Entry point of the juesuan CLI; the TypeScript sources are compiled to lib/ by `npm run build:cli`
// (run automatically by `npm install` through the prepare script).
require('../lib/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
