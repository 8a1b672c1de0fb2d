/** Run until SIGINT/SIGTERM, then close the server cleanly (requests in flight finish). */
import type { RunningServer } from '../main.js';

export function untilSignal(server: RunningServer): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second Ctrl-C means "now".
        console.error(`\n${signal} again: exiting without waiting`);
        process.exit(130);
      }
      stopping = true;
      console.log(`\n${signal}: shutting down…`);
      server.close().then(
        () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(0);
        },
        (error: unknown) => {
          console.error('shutdown failed', error);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
