// The floor for bulk validation: read an NDJSON file and JSON.parse every line, nothing else.
// Streams in 1 MB chunks and splits on "\n" by hand (faster than readline), so the floor is as
// low as a plain Node script gets and memory stays flat like the validate command's must.
// Usage: node bench/parse-only.ts <file.ndjson>
import { createReadStream } from "node:fs";

async function parseLines(path: string): Promise<{ lines: number; bytes: number }> {
  let rest = "";
  let lines = 0;
  let bytes = 0;
  const parseLine = (line: string) => {
    if (line.length === 0) return;
    JSON.parse(line);
    lines++;
  };
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    bytes += (chunk as string).length;
    let start = 0;
    for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
      parseLine(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  parseLine(rest);
  return { lines, bytes };
}

const file = process.argv[2];
if (!file) throw new Error("usage: node bench/parse-only.ts <file.ndjson>");
const { lines } = await parseLines(file);
// Printed so the work is observable (and comparable with the validate command's count).
console.log(`${lines} lines parsed`);
