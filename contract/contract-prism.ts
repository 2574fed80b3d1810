// The Prism instance the live suite and the recorder use: the project's specs merged into a derived
// spec in a temp dir, Prism started on it, and both removed again by stop().
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { SpecInput } from "../generator/config.ts";
import { type PrismServer, startPrism } from "./prism-server.ts";
import { writePrismSpec } from "./prism-spec.ts";

export async function startContractPrism(specs: readonly SpecInput[]): Promise<PrismServer> {
  const specFile = await writePrismSpec(specs);
  const removeSpec = (): void => rmSync(dirname(specFile), { recursive: true, force: true });
  let prism: PrismServer;
  try {
    prism = await startPrism({ specFile });
  } catch (error) {
    removeSpec();
    throw error;
  }
  return {
    ...prism,
    stop: async () => {
      await prism.stop();
      removeSpec();
    },
  };
}
