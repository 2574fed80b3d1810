// What each corpus file (corpus/<name>) must do. "generated": exit 0, the output type-checks, no
// injected code survives as code, and `outputIncludes` text is in the generated .ts files as
// written there (readable, only `*/` broken up). "error": exit 1, every `messageIncludes` string
// in stderr, `line` the reported line, never a stack trace. The rows are in two files:
// expectations-output.ts (hostile text and names) and expectations-input.ts (refs, prototype keys, bad files).

import { refAndFileExpectations } from "./expectations-input.ts";
import { textAndNameExpectations } from "./expectations-output.ts";

export interface Expectation {
  readonly outcome: "generated" | "error";
  readonly messageIncludes?: readonly string[];
  /** Line reported for the corpus file, e.g. `corpus/x.yml:7:13`. */
  readonly line?: number;
  readonly outputIncludes?: readonly string[];
  readonly outputExcludes?: readonly string[];
  /** Extra CLI flags for this case. */
  readonly flags?: readonly string[];
}

export const expectations: Readonly<Record<string, Expectation>> = {
  ...textAndNameExpectations,
  ...refAndFileExpectations,
};
