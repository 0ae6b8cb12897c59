// Runs a TypeScript worker entry in tests (production runs the esbuild bundle instead).
require('tsx/cjs');
const { workerData } = require('node:worker_threads');
require(workerData.entry);
