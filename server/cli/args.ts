/** Minimal argv parsing: positionals plus `--name value` / `--name=value` options from a known set. */

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

export function parseArgs(argv: readonly string[], known: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}${known.length ? ` (known: ${known.map((k) => `--${k}`).join(', ')})` : ''}`);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}

export function parsePort(value: string, from: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`${from} must be a port number 0–65535, got "${value}"`);
  return port;
}

/** `65536`, `64kb`, `1mb` → bytes. */
export function parseSize(value: string, from: string): number {
  const match = /^(\d+)\s*(b|kb|k|mb|m)?$/i.exec(value.trim());
  const unit = match?.[2]?.toLowerCase() ?? 'b';
  const bytes = match ? Number(match[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`${from} must be a size such as 65536, 64kb or 1mb, got "${value}"`);
  return bytes;
}
