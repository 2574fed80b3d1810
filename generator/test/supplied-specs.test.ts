// The supplied specs are kept byte-for-byte; repairs live in the overlay. The hashes are pinned
// here so the check also works where ../shared is not present.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";

const SUPPLIED = [
  ["stripe-events-api-openapi.yml", "88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207"],
  ["stripe-event.json", "93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f"],
] as const;

const SHARED = join(REPO_ROOT, "../shared/specs");

describe("supplied specs", () => {
  it.each(SUPPLIED)("specs/%s is unchanged (sha256 pinned)", (name, hash) => {
    expect(
      createHash("sha256")
        .update(readFileSync(join(REPO_ROOT, "specs", name)))
        .digest("hex"),
    ).toBe(hash);
  });

  it.each(SUPPLIED)(
    "specs/%s is byte-identical to ../shared/specs when that folder is beside the repo (as in CI), else to the pinned sha256",
    (name, hash) => {
      const ours = readFileSync(join(REPO_ROOT, "specs", name));
      if (existsSync(join(SHARED, name))) expect(ours.equals(readFileSync(join(SHARED, name)))).toBe(true);
      else expect(createHash("sha256").update(ours).digest("hex")).toBe(hash);
    },
  );

  it("still has the defects the overlay repairs (so the overlay is still needed)", () => {
    const text = readFileSync(join(REPO_ROOT, "specs/stripe-events-api-openapi.yml"), "utf8");
    // The web page's e-mail obfuscation left "[email\u00a0protected]", which YAML reads as a list.
    expect(text).toContain("    email: [email\u00a0protected]\n");
    for (const missing of ["notification_event_data", "notification_event_request", "api_errors"]) {
      expect(text).toContain(`$ref: '#/components/schemas/${missing}'`);
      expect(text).not.toMatch(new RegExp(`^    ${missing}:`, "m"));
    }
  });
});
