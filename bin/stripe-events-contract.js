#!/usr/bin/env node
// The installed CLI runs the compiled CLI from dist/ (built on install by the prepare script).
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
