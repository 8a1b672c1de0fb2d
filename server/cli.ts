/**
 * `learnflow` command line (bin/learnflow.js registers tsx and calls `main`). Exit codes:
 * 0 success, 1 the work failed (a refused file, a server error), 2 a usage mistake.
 */
import { UsageError } from './cli/args.js';
import { demoCommand, importCommand, packCommand, serveCommand } from './cli/commands.js';
import { USAGE } from './cli/usage.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  import: importCommand,
  serve: serveCommand,
  demo: demoCommand,
  pack: packCommand,
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`learnflow: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`learnflow ${name}: ${error.message}\nRun \`learnflow help\` for usage.`);
      return 2;
    }
    console.error(`learnflow ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
