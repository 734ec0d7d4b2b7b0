// Dokku/herokuish builds in the fixed /tmp/build with config vars exported, and starts dynos in
// strict mode: pyslug must work the same there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureForArtifactServer, createApp, startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { appSource, expectSuccess } from "./helpers.js";

let server: ArtifactServer;
let app: App;
let source: string;

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: ["3.12"] });
  await server.ensureDownloaded(["six"], "3.12");
  app = await createApp({ name: "dokku", flavor: "dokku" });
  configureForArtifactServer(app, server);
  source = await appSource({
    ".python-version": "3.12\n",
    "requirements.txt": "six\n-e ./packages/hello\n",
    Procfile: "web: python -m http.server $PORT\n",
    "packages/hello/pyproject.toml":
      '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "hello"\nversion = "1.0"\n\n[project.scripts]\nhello = "hello:main"\n',
    "packages/hello/hello/__init__.py": 'def main():\n    print("hello from dokku")\n',
    // herokuish word-splits a command instead of running it through bash: keep it one word.
    "bin/check.sh":
      '#!/bin/bash\nset -e\nhello\nhead -1 "$(command -v hello)"\npython -c "import hello, sys; print(hello.__file__, sys.prefix)"\n',
  });
});

afterAll(async () => {
  await app?.dispose();
  await server?.close();
});

describe("on Dokku (herokuish)", () => {
  it("builds in /tmp/build, twice, the second time from the cache without relocating anything", async () => {
    const first = await app.deploy({ source });
    expectSuccess(first);
    expect(first.output).toMatch(/files hold the build path/);
    const second = await app.deploy({ source });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached environment/);
    expect(second.output).toMatch(/Local packages unchanged since the cached install: packages\/hello/);
    expect(second.output).not.toMatch(/Relocated \d+ cached files/);
  });

  it("runs the editable package's console script in a strict-mode dyno at /app", async () => {
    const run = await app.run("bin/check.sh", { mode: "strict" });
    expect(run.exitCode, run.output).toBe(0);
    expect(run.stdout).toContain("hello from dokku");
    expect(run.stdout).toContain("#!/app/.heroku/python/bin/python");
    expect(run.stdout).toContain("/app/packages/hello/hello/__init__.py /app/.heroku/python");
    expect(run.output).not.toContain("/tmp/build");
    const web = await app.bootWeb({ mode: "strict" });
    expect(web.status, web.output).toBe(200);
  });
});
