// Which test files start first. Two workers share the suite, so a long file that starts last is a tail
// nobody shares: the longest go first. Vitest's own order on a fresh clone (no results cached) is the
// largest file first, and the kill matrices are four-line files that take two minutes each.
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Seconds each file took in a full quiet run (`npx vitest run --reporter=json`, 2 workers); a rough
 * ranking is all it needs to be. A file not listed is guessed from where it lives.
 */
const MEASURED_SECONDS: Record<string, number> = {
  "uv-corpus": 229,
  seeds: 178,
  editables: 180,
  django: 110,
  "bad-inputs": 70,
  runtime: 135,
  "kill-install": 121,
  cache: 115,
  "kill-save": 102,
  dependencies: 95,
  harness: 94,
  poetry: 100,
  faults: 90,
  "heroku-ci": 65,
  "pipenv-habits": 60,
  uv: 49,
  nltk: 40,
  guides: 30,
  "download-faults": 42,
  oracle: 60,
  bootstrap: 34,
  dokku: 32,
  "linear-time": 26,
  "dyno-defaults": 22,
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
