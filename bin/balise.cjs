#!/usr/bin/env node
// `balise` command: runs the bundled CLI (built by `npm install` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('balise : la commande n’est pas encore construite. Lancez « npm install » ou « npm run build ».\n');
  process.exit(1);
}
const { main } = require(cli);
main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.exitCode = code;
});
