import os from 'node:os';

/** A worker's name in the queue: host/pid/tag. The SQLite store takes over claims whose process on this host is gone. */
export const workerId = (tag = 'main') => `${os.hostname()}/${process.pid}/${tag}`;
