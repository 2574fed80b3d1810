// Starts a Prism mock on a free loopback port and stops it again. The caller owns the handle
// and must call stop() in a finally/afterAll so the process never outlives a failing run.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

export interface PrismServer {
  readonly baseUrl: string;
  /** Prism's own log, for failure messages when it refuses to start or rejects requests. */
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

export interface PrismOptions {
  readonly specFile: string;
  /** Dynamic mode generates bodies from the schemas; a fixed seed keeps runs reproducible. */
  readonly seed?: string;
  readonly startTimeoutMs?: number;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function prismCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
}

function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`Prism did not start within ${timeoutMs} ms:\n${output()}`)),
      timeoutMs,
    );
    const onData = (): void => {
      if (output().includes("Prism is listening")) done();
    };
    const onExit = (code: number | null): void =>
      fail(new Error(`Prism exited (code ${code}) before listening:\n${output()}`));
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
    };
    const done = (): void => {
      cleanup();
      resolve();
    };
    const fail = (error: Error): void => {
      cleanup();
      reject(error);
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  const port = await freeLoopbackPort();
  const args = [
    prismCli(),
    "mock",
    "-h",
    "127.0.0.1",
    "-p",
    String(port),
    "--dynamic",
    "--seed",
    options.seed ?? "stripe-events-contract",
    options.specFile,
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const append = (chunk: Buffer): void => {
    output += chunk.toString("utf8");
  };
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  // Last resort if the test process exits without afterAll (e.g. a crash): never leak Prism.
  const killOnExit = (): void => {
    child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);
  const stop = async (): Promise<void> => {
    process.off("exit", killOnExit);
    await stopChild(child);
  };
  try {
    await waitForListening(child, () => output, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, log: () => output, stop };
}
