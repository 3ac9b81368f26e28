// Lints each file given with harper.js (a library, no command of its own) and prints "FILE<TAB>lint count" per file
// and the total, so `bench ... linters` can run it like the command-line peers: one process for all files.
// Usage: node bench/peers/harper-lint.mjs FILE...
import { readFile } from 'node:fs/promises';
import { LocalLinter, Dialect } from 'harper.js';
// The inlined binary: Node's fetch cannot load the separate .wasm file from a file: URL.
import { binaryInlined } from 'harper.js/binaryInlined';

// The benchmark articles are BBC news, written in British English.
const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.British });
await linter.setup();
let total = 0;
for (const file of process.argv.slice(2)) {
  const lints = await linter.lint(await readFile(file, 'utf8'), { language: 'plaintext' });
  total += lints.length;
  console.log(`${file}\t${lints.length}`);
}
console.log(`total\t${total}`);
