// Times chrono-node on the strings of a file (one per line), anchored at
// 2016-11-07: prints "strings_per_s <n> resolved <k>".
const fs = require('fs');
const chrono = require('chrono-node');

const strings = fs.readFileSync(process.argv[2], 'utf8').split('\n')
    .filter((s) => s.length > 0);
const ref = new Date(2016, 10, 7);
let resolved = 0;
for (const s of strings) resolved += chrono.parse(s, ref).length > 0;  // warm
let passes = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < 2.0) {
  for (const s of strings) chrono.parse(s, ref);
  ++passes;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(`strings_per_s ${(passes * strings.length / elapsed).toFixed(0)}` +
            ` resolved ${resolved}`);
