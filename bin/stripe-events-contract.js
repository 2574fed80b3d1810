#!/usr/bin/env node
// The installed CLI runs the compiled CLI from dist/ (built by `npm run build`). The Node version
// is checked before the CLI is imported: its modules need APIs older Nodes fail on at import time.
import { unsupportedNodeMessage } from "../dist/cli/node-version.js";

const unsupported = unsupportedNodeMessage(process.versions.node);
if (unsupported !== undefined) {
  console.error(`Error: ${unsupported}`);
  process.exit(1);
}
const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
