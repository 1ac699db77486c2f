// Printing for the CLI: the only place, with main.ts, that writes to the terminal.
import cliProgress from 'cli-progress';

export interface Out {
  line(text?: string): void;
  error(text: string): void;
}

export const stdio: Out = {
  line: (text = '') => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};

export interface Progress {
  start(total: number, label: string): void;
  tick(label: string): void;
  stop(): void;
}

/** A progress bar on a terminal (stderr), nothing when output is piped or in CI logs. */
export function progressBar(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { start() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{bar} {value}/{total} {label}', hideCursor: true, clearOnComplete: true, barsize: 30 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    start(total, label) {
      bar.start(total, 0, { label });
      started = true;
    },
    tick(label) {
      if (started) bar.increment(1, { label });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
