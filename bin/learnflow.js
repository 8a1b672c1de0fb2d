#!/usr/bin/env node
// The `learnflow` CLI. The server is TypeScript; tsx (a dependency) compiles it on load, so
// there is no build step between editing server/ and running it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../server/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
