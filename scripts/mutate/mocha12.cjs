// @stryker-mutator/mocha-runner 9.6.1 requires mocha's lib/cli/run-helpers, options and collect-files without an
// extension; mocha 12 ships them as .cjs. Letting require() try .cjs too is all it needs (loaded in Stryker's own
// process and, through testRunnerNodeArgs, in its test-runner workers). Only `npm run mutate` loads this.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload by design
const Module = require('node:module');
if (!Module._extensions['.cjs']) Module._extensions['.cjs'] = Module._extensions['.js'];
