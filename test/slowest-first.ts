// Which test files start first. Two workers share the suite, so a long file that starts last is a tail
// nobody shares: the longest go first. Vitest's own order on a fresh clone (no results cached) is the
// largest file first, and the kill matrices are four-line files that take two minutes each.
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Seconds each file took in a full run of `npm test` on a quiet machine (2 workers); a rough
 * ranking is all it needs to be. A file not listed is guessed from where it lives.
 */
const MEASURED_SECONDS: Record<string, number> = {
  editables: 172,
  seeds: 169,
  incremental: 147,
  "uv-corpus": 132,
  faults: 120,
  "kill-install": 117,
  cache: 115,
  "kill-save": 82,
  dependencies: 81,
  poetry: 76,
  django: 74,
  "bad-inputs": 69,
  "heroku-ci": 64,
  runtime: 64,
  uv: 55,
  nltk: 31,
  "pipenv-habits": 30,
  bootstrap: 29,
  dokku: 28,
  lock: 28,
  oracle: 27,
  "download-faults": 25,
  install: 25,
  "dyno-defaults": 20,
  guides: 20,
  harness: 17,
  "linear-time": 12,
};

function expectedSeconds(spec: TestSpecification): number {
  const name = path.basename(spec.moduleId).replace(/\.test\.ts$/, "");
  return MEASURED_SECONDS[name] ?? (spec.moduleId.includes(`${path.sep}integration${path.sep}`) ? 60 : 5);
}

export default class SlowestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => expectedSeconds(b) - expectedSeconds(a)));
  }
}
