#!/usr/bin/env node
// Rewrites test/golden/*.golden from the current analysis of examples/ (after `npm run build`).
import { writeGolden } from '../dist/eval/golden.js';
const n = writeGolden();
console.log(`wrote ${n} golden files to test/golden/ — review the diff before committing`);
