// Transition shim for fuzz/load-spec-schemas.ts, output-safety and failure-injection (their owners
// are changing them now): the CLI runner and the repository root live in test-support/. Delete
// this file once they import from there.
export { REPO_ROOT } from "../../../../test-support/repo.ts";
