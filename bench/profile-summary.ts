// Summarises a V8 .cpuprofile (from `node --cpu-prof`): top self time by function and by module,
// plus inclusive time of named functions. Used to find where generation time goes before anyone
// optimises; not part of `npm run bench`.
// Usage: node bench/profile-summary.ts <file.cpuprofile> [topN] [inclusiveFunctionName...]
import { readFileSync } from "node:fs";
import { REPO } from "./workspace.ts";

/** The repository's own URL prefix, wherever it is checked out (worktrees too). */
const ROOT = `file://${REPO}/`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time in ms per node id, from the sample stream. */
function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return self;
}

/** Groups a script URL by package (node_modules/<pkg>) or by project folder, which is how a fix is scoped. */
export function moduleOf(url: string): string {
  if (url === "") return "(native/vm)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node:internal";
  const project = url.startsWith(ROOT) ? /^([^/]+\/(?:[^/]+\/)?)/.exec(url.slice(ROOT.length)) : null;
  return project ? project[1]! : url;
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.startsWith(ROOT) ? url.slice(ROOT.length) : url.replace(/^file:\/\//, "");
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** Inclusive time of every node whose function name matches, without double counting recursion. */
function inclusive(profile: Profile, self: Map<number, number>, name: string): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const root = profile.nodes[0]!;
  let total = 0;
  const walk = (node: ProfileNode, inside: boolean): number => {
    const matches = node.callFrame.functionName === name;
    let sum = self.get(node.id) ?? 0;
    for (const child of node.children ?? []) sum += walk(byId.get(child)!, inside || matches);
    if (matches && !inside) total += sum;
    return sum;
  };
  walk(root, false);
  return total;
}

/**
 * Each sample charged to the nearest project function on its stack (generator/, runtime/), so
 * time spent inside a library is billed to the project call that asked for it. Async continuations
 * lose their callers in V8 profiles; this still names the project frame they resume in.
 */
function byProjectCaller(profile: Profile, self: Map<number, number>): Map<string, number> {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const owner = new Map<number, string>();
  const ownerOf = (node: ProfileNode): string => {
    const known = owner.get(node.id);
    if (known !== undefined) return known;
    const mine =
      /^(generator|runtime)\//.test(node.callFrame.url.slice(ROOT.length)) && node.callFrame.url.startsWith(ROOT)
        ? label(node)
        : undefined;
    const up = parent.get(node.id);
    const result = mine ?? (up ? ownerOf(up) : "(no project frame)");
    owner.set(node.id, result);
    return result;
  };
  const totals = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    // Without a project caller, the leaf's module is the best clue (GC, module loading, a library's async work).
    const key =
      ownerOf(node) === "(no project frame)"
        ? `(no project frame) ${node.callFrame.functionName.startsWith("(") ? node.callFrame.functionName : moduleOf(node.callFrame.url)}`
        : ownerOf(node);
    totals.set(key, (totals.get(key) ?? 0) + ms);
  }
  return totals;
}

function main(argv: string[]): void {
  const [file, topArg, ...names] = argv;
  if (!file) throw new Error("usage: node bench/profile-summary.ts <file.cpuprofile> [topN] [functionName...]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const n = Number(topArg ?? 25);
  const self = selfTimes(profile);
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    byFunction.set(label(node), (byFunction.get(label(node)) ?? 0) + ms);
    const module = moduleOf(node.callFrame.url);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const line = ([key, ms]: [string, number]) =>
    `${ms.toFixed(0).padStart(7)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${key}`;
  console.log(`total ${totalMs.toFixed(0)} ms\n\nself time by module:`);
  for (const entry of top(byModule, n)) console.log(line(entry));
  console.log("\nself time by function:");
  for (const entry of top(byFunction, n)) console.log(line(entry));
  console.log("\nself + library time, charged to the nearest project function:");
  for (const entry of top(byProjectCaller(profile, self), n)) console.log(line(entry));
  if (names.length > 0) console.log("\ninclusive time:");
  for (const name of names) console.log(line([name, inclusive(profile, self, name)]));
}

main(process.argv.slice(2));
