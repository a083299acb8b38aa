#!/usr/bin/env node
import { analyzeCommand } from './analyze.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { queryCommand } from './query.js';
import { serveCommand } from './serve.js';
import { SiftError } from '../core/errors.js';

const HELP = `sift — who did what to whom, who said what, how much, when and where

Usage:
  sift analyze [options] [FILE|DIR|-]...   analyse articles (.txt, .html, .jsonl, directories, stdin)
  sift ingest [--store S] [PATH|URL]...    analyse articles into the corpus store (also feeds, URL lists)
  sift query events|entities|quotes|series|search|timeline [filters]   ask the corpus store
  sift export --format jsonl|csv|gdelt-events|gdelt-mentions|graphml   the corpus for other tools
  sift serve [--port P] [--store S] [--seed DIR]   the HTTP API and the web UI (the analyst's desk)
  sift help                                this text

Run "sift analyze --help" for the options of a command.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
    case 'analyse':
      return analyzeCommand(rest);
    case 'ingest':
      return ingestCommand(rest);
    case 'query':
      return queryCommand(rest);
    case 'export':
      return exportCommand(rest);
    case 'serve':
      return serveCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`sift: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof SiftError) process.stderr.write(`sift: ${err.message}\n`);
    else process.stderr.write(`sift: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
