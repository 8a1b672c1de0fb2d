/** The server's only output channel, so `quiet` (tests, benches) silences one thing. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** `quiet` drops info lines; warnings (a refused content file) and errors always reach stderr. */
export function createLogger(options: { quiet?: boolean } = {}): Logger {
  return {
    info: options.quiet ? () => {} : (message) => console.log(message),
    warn: (message) => console.warn(message),
    error: (message, error) => console.error(message, ...(error === undefined ? [] : [error])),
  };
}
