#!/usr/bin/env node
// The installed CLI runs the compiled generator from dist/ (built on install by the prepare script).
import { main } from "../dist/generator/cli.js";

process.exitCode = await main(process.argv.slice(2));
