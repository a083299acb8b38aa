import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { GOLDEN_DIR, projectExamples } from './golden.js';

test('every example matches its golden file (npm run golden rewrites them after a deliberate change)', () => {
  const current = projectExamples();
  assert.ok(current.size >= 12, `only ${current.size} examples`);
  for (const [name, text] of current) {
    const file = path.join(GOLDEN_DIR, `${name}.golden`);
    assert.ok(fs.existsSync(file), `${file} is missing: run npm run golden`);
    assert.equal(text, fs.readFileSync(file, 'utf8'), `${name} differs from ${file}`);
  }
});
