// The Node.js versions the CLI runs on. bin/ checks this before it imports anything else, because
// the CLI's own modules use Node APIs (enableCompileCache, type stripping of generated .ts files)
// that older versions fail on at import time, with an error that names neither the cause nor the fix.
// This module must stay free of imports so every Node version can load it.

export const REQUIRED_NODE = "22.18";

/** A message naming the required version, or undefined when `version` (e.g. "20.20.2") is new enough. */
export function unsupportedNodeMessage(version: string): string | undefined {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [wantMajor = 0, wantMinor = 0] = REQUIRED_NODE.split(".").map(Number);
  if (major > wantMajor || (major === wantMajor && minor >= wantMinor)) return undefined;
  return `stripe-events-contract needs Node.js ${REQUIRED_NODE} or later (24 recommended); this is Node.js ${version}. Install a newer Node (e.g. \`nvm install 24\`), then run the command again.`;
}
