// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Gerber files with tracespace's gerber-to-svg, an independent reader, and prints what it
// saw as one JSON line per file: {file, warnings, flashes, units, viewBox}.
// Exit status 1 when any file gives an error or a warning (undefined tool, unknown block...).
// The one exception: this reader predates Gerber X2 and warns that it ignores the X2 attribute
// blocks (%TF, %TA, %TO, %TD); those are listed apart as x2_ignored, like gerbv's notes.
'use strict';

const fs = require('fs');
const gerberToSvg = require('gerber-to-svg');

function check(file) {
  return new Promise((resolve) => {
    const warnings = [];
    const x2Ignored = [];
    let converter;
    const done = (error, svg) => {
      const flashes = svg ? (svg.match(/<use /g) || []).length : 0;
      resolve({
        file,
        error: error ? String(error.message || error) : null,
        warnings,
        x2_ignored: x2Ignored.length,
        flashes,
        units: converter.units,
        // 1000ths of the file's unit: [x, y, width, height]
        viewBox: converter.viewBox,
      });
    };
    converter = gerberToSvg(fs.readFileSync(file, 'utf8'), { id: 'layer', optimizePaths: false },
                            done);
    converter.on('warning', (w) => {
      if (/^block "%T[FAOD]\.?[A-Za-z]*[^"]*" was not recognized and was ignored$/.test(w.message))
        x2Ignored.push(w.message);
      else
        warnings.push(`line ${w.line}: ${w.message}`);
    });
  });
}

async function main() {
  const files = process.argv.slice(2);
  let failed = files.length === 0;
  if (failed)
    console.error('usage: node check.js FILE.gbr...');
  for (const file of files) {
    const r = await check(file);
    console.log(JSON.stringify(r));
    if (r.error || r.warnings.length > 0)
      failed = true;
  }
  process.exit(failed ? 1 : 0);
}

main();
