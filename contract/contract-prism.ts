// The Prism instance the live suite and the recorder use: derived spec written to a temp dir,
// Prism started on it, and both removed again by stop().
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { type PrismServer, startPrism } from "./prism-server.ts";
import { writePrismSpec } from "./prism-spec.ts";

export async function startContractPrism(root: string): Promise<PrismServer> {
  const specFile = await writePrismSpec({
    v1: join(root, "specs", "stripe-events-api-openapi.yml"),
    v1Overlay: join(root, "specs", "stripe-events-api.overlay.yml"),
    v2: join(root, "specs", "stripe-v2-core-events-openapi.yml"),
  });
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
