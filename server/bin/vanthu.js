#!/usr/bin/env node
'use strict';
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    if (code >= 0) process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`vanthu: lỗi không mong đợi: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  });
