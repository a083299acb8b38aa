/** A one-line progress meter on standard error; silent when it is not a terminal. */
export function progress(enabled: boolean) {
  const t0 = Date.now();
  let shown = false;
  let last = 0;
  return {
    tick(n: number, what: string) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const rate = n / Math.max(0.001, (now - t0) / 1000);
      process.stderr.write(`\r\x1b[K${n} articles, ${rate.toFixed(1)}/s — ${what.slice(-60)}`);
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
    done(n: number, failures: number) {
      if (!enabled) return;
      this.clear();
      const s = ((Date.now() - t0) / 1000).toFixed(1);
      process.stderr.write(`${n} article${n === 1 ? '' : 's'} analysed in ${s}s${failures ? `, ${failures} problem${failures === 1 ? '' : 's'}` : ''}\n`);
    },
  };
}
