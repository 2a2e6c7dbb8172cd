/**
 * The floor for reading member workbooks: each file read, unzipped whole (fflate) and one SAX pass
 * (saxes) over its worksheet and shared-strings parts, one file after another in one process. Nothing is
 * kept beyond a count of elements and text characters, so this is the least work any reader must do.
 */
const fs = require('node:fs');
const { unzipSync, strFromU8 } = require('fflate');
const { SaxesParser } = require('saxes');

const READ_PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

function saxPass(xml) {
  const parser = new SaxesParser();
  let elements = 0;
  let characters = 0;
  parser.on('opentag', () => elements++);
  parser.on('text', (t) => (characters += t.length));
  parser.write(xml).close();
  return elements + characters;
}

/** Reads the files as the floor does; returns a checksum so that the work cannot be skipped. */
function readFloor(files) {
  let sum = 0;
  for (const file of files) {
    const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
    for (const [name, data] of Object.entries(parts)) if (READ_PARTS.test(name)) sum += saxPass(strFromU8(data));
  }
  return sum;
}

module.exports = { readFloor };
