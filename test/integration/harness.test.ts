// Proves the local Heroku (test/heroku) behaves like Heroku where build/app path bugs hide,
// using fake buildpacks generated here, and that the artifact server's archives are Heroku-like.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, startArtifactServer, type App, type ArtifactServer, type BuildpackSpec, type DeployResult } from "../heroku/index.js";
import { pyenvPrefix, resolveLocalPython } from "../heroku/python-archive.js";
import { run } from "../heroku/shell.js";

const PYTHON = "3.12.1";

let work: string;

async function write(file: string, text: string, mode = 0o644): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text, { mode });
}

/** FACT lines printed by the fake buildpacks: FACT <bp> <key>=<value>. */
function facts(output: string, bp: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of output.matchAll(new RegExp(`^FACT ${bp} ([A-Za-z_]+)=(.*)$`, "gm"))) out[m[1]!] = m[2]!;
  return out;
}

/** First fake buildpack: reports what it sees, writes export/.profile.d, uses the cache and /app. */
async function makeFirstBuildpack(dir: string): Promise<BuildpackSpec> {
  await write(path.join(dir, "bin", "detect"), `#!/usr/bin/env bash\n[ -f "$1/server.py" ] || exit 1\necho FakePython\n`, 0o755);
  await write(
    path.join(dir, "bin", "compile"),
    `#!/usr/bin/env bash
set -euo pipefail
BUILD_DIR=$1 CACHE_DIR=$2 ENV_DIR=$3
BP_DIR=$(cd "$(dirname "\${BASH_SOURCE[0]}")/.." && pwd)
fact() { echo "FACT one $1=$2"; }
echo "-----> Installing fake runtime"
fact build_dir "$BUILD_DIR"
fact uid "$(id -u)"
fact home "$HOME"
fact path "$PATH"
fact stack "$STACK"
fact pip_config "\${PIP_CONFIG_FILE:-}"
if node --version >/dev/null 2>&1; then fact node runnable; else fact node hidden; fi
fact env_names "$(env | cut -d= -f1 | sort | tr '\\n' ,)"
fact secret_in_env "\${SECRET_TOKEN:-absent}"
fact secret_in_env_dir "$(cat "$ENV_DIR/SECRET_TOKEN")"
fact cache_before "$(cat "$CACHE_DIR/counter" 2>/dev/null || echo none)"
echo "$BUILD_DIR" >> "$CACHE_DIR/counter"
if mkdir -p /app/.fake && echo built > /app/.fake/marker; then fact app_writable yes; else fact app_writable no; fi
start=$(date +%s)
if curl -sS --max-time 20 -o /dev/null https://pypi.org/simple/ 2>/dev/null; then fact pypi reachable; else fact pypi blocked; fi
fact pypi_seconds $(( $(date +%s) - start ))
mkdir -p "$BUILD_DIR/.fake/bin" "$BUILD_DIR/.profile.d"
printf '#!/usr/bin/env bash\\necho fake-tool-ran\\n' > "$BUILD_DIR/.fake/bin/fake-tool"
chmod +x "$BUILD_DIR/.fake/bin/fake-tool"
echo "export FAKE_EXPORT=from-one PATH=\\"$BUILD_DIR/.fake/bin:\\$PATH\\"" > "$BP_DIR/export"
echo 'export FAKE_VAR=\${FAKE_VAR:-from-profile} PATH="$HOME/.fake/bin:$PATH"' > "$BUILD_DIR/.profile.d/fake.sh"
# Fine on Heroku, fatal under herokuish's set -e when OPTIONAL_FLAG is empty.
echo '[ -n "\${OPTIONAL_FLAG:-}" ] && export FLAG_SEEN=1' > "$BUILD_DIR/.profile.d/zz-optional.sh"
`,
    0o755,
  );
  return { kind: "dir", path: dir, name: "fake-one" };
}

/** Second fake buildpack: checks it sees the first one's export. */
async function makeSecondBuildpack(dir: string, releaseYaml: string): Promise<BuildpackSpec> {
  await write(path.join(dir, "bin", "detect"), `#!/usr/bin/env bash\necho FakeSecond\n`, 0o755);
  await write(
    path.join(dir, "bin", "compile"),
    `#!/usr/bin/env bash
echo "FACT two fake_export=\${FAKE_EXPORT:-unset}"
echo "FACT two tool=$(fake-tool 2>&1)"
`,
    0o755,
  );
  await write(path.join(dir, "bin", "release"), `#!/usr/bin/env bash\ncat <<'YAML'\n${releaseYaml}\nYAML\n`, 0o755);
  return { kind: "dir", path: dir, name: "fake-two" };
}

const SERVER_PY = `import json, os, http.server
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"cwd": os.getcwd(), "home": os.environ.get("HOME"), "fake_var": os.environ.get("FAKE_VAR"),
            "dyno": os.environ.get("DYNO"), "uid": os.getuid(), "secret": os.environ.get("SECRET_TOKEN"),
            "tool": os.popen("fake-tool").read().strip(), "app_files": sorted(os.listdir("/app"))}).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), H).serve_forever()
`;

describe("local Heroku platform (fake buildpacks)", () => {
  let app: App;
  let source: string;
  let one: BuildpackSpec;
  let two: BuildpackSpec;
  let first: DeployResult;
  let second: DeployResult;

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), "harness-test-"));
    source = path.join(work, "app");
    await write(path.join(source, "server.py"), SERVER_PY);
    await write(path.join(source, "Procfile"), "web: python3 server.py\n");
    await fs.mkdir(path.join(source, ".git"), { recursive: true });
    one = await makeFirstBuildpack(path.join(work, "bp-one"));
    two = await makeSecondBuildpack(path.join(work, "bp-two"), "default_process_types:\n  worker: python3 -c 'print(1)'");
    app = await createApp({ name: "harness", buildpacks: [one, two], config: { SECRET_TOKEN: "s3cret\nline2" } });
    first = await app.deploy({ source });
    second = await app.deploy({ source });
  });

  afterAll(async () => {
    await app?.dispose();
  });

  it("deploys into a new /tmp/build_<hex> each time and shows Heroku-style output", () => {
    expect(first.exitCode, first.output).toBe(0);
    expect(second.exitCode, second.output).toBe(0);
    expect(first.buildDir).toMatch(/^\/tmp\/build_[0-9a-f]{32}$/);
    expect(second.buildDir).toMatch(/^\/tmp\/build_[0-9a-f]{32}$/);
    expect(second.buildDir).not.toBe(first.buildDir);
    expect(facts(first.output, "one").build_dir).toBe(first.buildDir);
    expect(first.output).toContain("-----> FakePython app detected");
    expect(first.output).toContain("-----> FakeSecond app detected");
    expect(first.output).toContain("Procfile declares types     -> web");
    expect(first.release.defaultProcessTypes.worker).toBe("python3 -c 'print(1)'");
    expect(second.version).toBe(2);
  });

  it("keeps CACHE_DIR across deploys but not .git", async () => {
    expect(facts(first.output, "one").cache_before).toBe("none");
    expect(facts(second.output, "one").cache_before).toBe(first.buildDir);
    expect(await fs.stat(path.join(first.buildDir, ".git")).catch(() => null)).toBeNull();
  });

  it("compiles as non-root with HOME=/app, a clean env, no node and PyPI blocked", () => {
    const f = facts(first.output, "one");
    expect(Number(f.uid)).toBeGreaterThan(0);
    expect(f.home).toBe("/app");
    expect(f.stack).toBe("heroku-24");
    expect(f.path).toBe("/usr/local/bin:/usr/bin:/bin");
    expect(f.pip_config).toBe("/dev/null");
    expect(f.node).toBe("hidden");
    expect(f.pypi).toBe("blocked");
    expect(Number(f.pypi_seconds)).toBeLessThan(5);
    const names = (f.env_names ?? "").split(",").filter(Boolean);
    // PYSLUG_VERIFY_MANIFEST, PYSLUG_VERIFY_CACHE: the platform's own checks of pyslug's bookkeeping (see platform.ts).
    for (const n of names) {
      expect([
        "HOME",
        "PATH",
        "STACK",
        "LANG",
        "PIP_CONFIG_FILE",
        "PYSLUG_VERIFY_MANIFEST",
        "PYSLUG_VERIFY_CACHE",
        "PWD",
        "SHLVL",
        "_",
        "OLDPWD",
      ]).toContain(n);
    }
  });

  it("puts config vars in ENV_DIR only, never in compile's environment", () => {
    const f = facts(first.output, "one");
    expect(f.secret_in_env).toBe("absent");
    expect(f.secret_in_env_dir).toBe("s3cret");
  });

  it("sources an earlier buildpack's export before the next compile", () => {
    const f = facts(first.output, "two");
    expect(f.fake_export).toBe("from-one");
    expect(f.tool).toBe("fake-tool-ran");
  });

  it("gives the build a writable /app that is not the slug", async () => {
    expect(facts(first.output, "one").app_writable).toBe("yes");
    expect(await fs.stat(path.join(first.slugDir, ".fake", "marker")).catch(() => null)).toBeNull();
    const res = await app.run("cat /app/.fake/marker 2>&1 || echo no-marker");
    expect(res.stdout).toContain("no-marker");
  });

  it("runs one-off dynos from the slug at /app as non-root, with ephemeral writes", async () => {
    const res = await app.run('pwd; id -u; echo $HOME; echo $DYNO; echo $FAKE_VAR; fake-tool; echo "$SECRET_TOKEN"; touch /app/scratch');
    expect(res.exitCode, res.output).toBe(0);
    const lines = res.stdout.trim().split("\n");
    expect(lines[0]).toBe("/app");
    expect(Number(lines[1])).toBeGreaterThan(0);
    expect(lines[2]).toBe("/app");
    expect(lines[3]).toMatch(/^run\.\d+$/);
    expect(lines[4]).toBe("from-profile");
    expect(lines[5]).toBe("fake-tool-ran");
    expect(lines.slice(6, 8)).toEqual(["s3cret", "line2"]);
    expect(await fs.stat(path.join(app.currentSlug, "scratch")).catch(() => null)).toBeNull();
    const again = await app.run("ls /app/scratch 2>/dev/null || echo gone");
    expect(again.stdout.trim()).toBe("gone");
    const release = await app.run("echo $DYNO", { dynoType: "release" });
    expect(release.stdout.trim()).toBe("release.2");
  });

  it("runs .profile.d like Heroku in plain mode and like herokuish (set -e) in strict mode", async () => {
    const plain = await app.run("echo ok");
    expect(plain.stdout.trim()).toBe("ok");
    const strict = await app.run("echo ok", { mode: "strict" });
    expect(strict.exitCode).not.toBe(0);
    expect(strict.stdout).not.toContain("ok");
    const strictFlag = await app.run("echo $FAKE_VAR $FLAG_SEEN", { mode: "strict", env: { OPTIONAL_FLAG: "1" } });
    expect(strictFlag.stdout.trim()).toBe("from-profile 1");
  });

  it.each(["plain", "strict"] as const)("boots the web process in %s mode", async (mode) => {
    const web = await app.bootWeb({ mode, env: { OPTIONAL_FLAG: "1" } });
    expect(web.status, web.output).toBe(200);
    const body = JSON.parse(web.body) as Record<string, unknown>;
    expect(body.cwd).toBe("/app");
    expect(body.home).toBe("/app");
    expect(body.dyno).toBe("web.1");
    expect(body.fake_var).toBe("from-profile");
    expect(body.tool).toBe("fake-tool-ran");
    expect(body.secret).toBe("s3cret\nline2");
    expect(body.uid).toBeGreaterThan(0);
    expect(body.app_files).toContain("Procfile");
    expect(body.app_files).toContain(".profile.d");
  });

  it("fails the deploy on a bad bin/release YAML, a failing detect or a failing compile", async () => {
    const bad = await makeSecondBuildpack(path.join(work, "bp-bad"), "default_process_types: [oops");
    const badRelease = await app.deploy({ source, buildpacks: [one, bad] });
    expect(badRelease.exitCode).not.toBe(0);
    expect(badRelease.output).toMatch(/not valid YAML/);
    const unknownKey = await makeSecondBuildpack(path.join(work, "bp-unknown"), "procfile:\n  web: x");
    expect((await app.deploy({ source, buildpacks: [unknownKey] })).exitCode).not.toBe(0);

    const empty = path.join(work, "empty-app");
    await write(path.join(empty, "README"), "nothing\n");
    const noDetect = await app.deploy({ source: empty, buildpacks: [one] });
    expect(noDetect.exitCode).toBe(1);
    expect(noDetect.output).toContain("App not compatible with buildpack: fake-one");

    const failing = path.join(work, "bp-fail");
    await write(path.join(failing, "bin", "detect"), "#!/usr/bin/env bash\necho Failing\n", 0o755);
    await write(path.join(failing, "bin", "compile"), "#!/usr/bin/env bash\necho broken >&2\nexit 7\n", 0o755);
    const failed = await app.deploy({ source, buildpacks: [{ kind: "dir", path: failing }] });
    expect(failed.exitCode).toBe(7);
    expect(failed.output).toContain("broken");
    expect(failed.output).toContain("Push rejected, failed to compile Failing app");
    // A failed build does not replace the running release.
    expect(app.currentSlug).toBe(second.slugDir);
  });

  it("runs the inline buildpack's app-supplied bin/inline-compile after an earlier export", async () => {
    const inlineSource = path.join(work, "inline-app");
    await fs.cp(source, inlineSource, { recursive: true });
    await write(
      path.join(inlineSource, "bin", "inline-compile"),
      'echo "FACT inline cwd=$(pwd)"\necho "FACT inline export=$FAKE_EXPORT"\necho "FACT inline args=$#"\n',
    );
    const res = await app.deploy({ source: inlineSource, buildpacks: [one, { kind: "inline" }] });
    expect(res.exitCode, res.output).toBe(0);
    expect(res.output).toContain("-----> Inline app detected");
    expect(facts(res.output, "inline")).toEqual({ cwd: res.buildDir, export: "from-one", args: "3" });
  });
});

describe("artifact server", () => {
  let server: ArtifactServer;

  beforeAll(async () => {
    server = await startArtifactServer({ pythonVersions: [PYTHON], lazyPython: false });
  });

  afterAll(async () => {
    await server?.close();
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  async function fetchTo(url: string, file: string): Promise<{ status: number; sha256: string }> {
    const res = await fetch(url);
    const bytes = Buffer.from(await res.arrayBuffer());
    await fs.writeFile(file, bytes);
    return { status: res.status, sha256: createHash("sha256").update(bytes).digest("hex") };
  }

  it("serves a Heroku-like CPython archive that needs LD_LIBRARY_PATH", async () => {
    const minor = PYTHON.split(".").slice(0, 2).join(".");
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "py-archive-"));
    try {
      // 3.12.1 is also served under the inventory's latest 3.12 patch.
      const latest = server.pythonUrl("3.12.14");
      const file = path.join(dir, "python.tar.zst");
      const got = await fetchTo(latest, file);
      expect(got.status).toBe(200);
      const sidecar = await (await fetch(`${latest}.sha256`)).text();
      expect(sidecar).toBe(`${got.sha256}  ${path.basename(latest)}\n`);
      expect(path.basename(latest)).toMatch(/^python-3\.12\.14-ubuntu-24\.04-\w+\.tar\.zst$/);
      expect((await fetch(server.pythonUrl(PYTHON, "tar.gz"))).status).toBe(200);
      expect((await fetch(server.pythonUrl("3.14.7"))).status).toBe(404);

      const root = path.join(dir, "root");
      await fs.mkdir(root);
      expect((await run("tar", ["--zstd", "-xf", file, "-C", root])).exitCode).toBe(0);
      expect((await fs.readdir(root)).sort()).toEqual(expect.arrayContaining(["bin", "include", "lib"]));
      const exe = path.join(root, "bin", `python${minor}`);
      const dyn = await run("readelf", ["-d", exe]);
      expect(dyn.stdout).toContain(`libpython${minor}.so`);
      expect(dyn.stdout).not.toMatch(/RUNPATH|RPATH/);
      expect(await fs.readdir(path.join(root, "lib", `python${minor}`, "site-packages"))).toEqual([]);
      expect(await fs.stat(path.join(root, "lib", `python${minor}`, "test")).catch(() => null)).toBeNull();
      expect((await fs.readdir(path.join(root, "bin"))).filter((n) => /^(pip|idle|pydoc|2to3)/.test(n))).toEqual([]);
      expect((await fs.readdir(path.join(root, "lib", `python${minor}`, "ensurepip", "_bundled"))).some((n) => n.startsWith("pip-"))).toBe(
        true,
      );

      const without = await run(exe, ["-c", "print('hi')"], { env: { PATH: "/usr/bin:/bin" } });
      expect(without.exitCode).not.toBe(0);
      expect(without.output).toContain(`libpython${minor}.so`);
      const withLib = await run(exe, ["-c", "import sys, ssl, sqlite3; print(sys.prefix)"], {
        env: { PATH: "/usr/bin:/bin", LD_LIBRARY_PATH: path.join(root, "lib") },
      });
      expect(withLib.output.trim()).toBe(root);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("serves the Node archive in the official layout with its sha256", async () => {
    expect(server.nodeArchive.url).toMatch(/\/node\/node-v\d+\.\d+\.\d+-linux-\w+\.tar\.gz$/);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "node-archive-"));
    try {
      const file = path.join(dir, "node.tar.gz");
      const got = await fetchTo(server.nodeArchive.url, file);
      expect(got.sha256).toBe(server.nodeArchive.sha256);
      const top = path.basename(server.nodeArchive.url, ".tar.gz");
      const list = await run("tar", ["-tzf", file]);
      expect(list.stdout.split("\n")).toEqual(expect.arrayContaining([`${top}/bin/node`, `${top}/LICENSE`]));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("records requests and honours overrides", async () => {
    server.clearRequests();
    const sidecarPath = new URL(`${server.nodeArchive.url}.sha256`).pathname;
    server.override(sidecarPath, { body: `${"0".repeat(64)}  wrong\n` });
    expect(await (await fetch(`${server.url}${sidecarPath}`)).text()).toContain("0".repeat(64));
    server.override("/python/missing", { status: 404 });
    expect((await fetch(`${server.url}/python/missing`)).status).toBe(404);
    server.removeOverride(sidecarPath);
    expect(await (await fetch(`${server.url}${sidecarPath}`)).text()).toContain(server.nodeArchive.sha256);
    expect(server.requests).toEqual([
      { method: "GET", path: sidecarPath, status: 200 },
      { method: "GET", path: "/python/missing", status: 404 },
      { method: "GET", path: sidecarPath, status: 200 },
    ]);
  });

  it("downloads test inputs once into .cache/wheels and serves them", async () => {
    await server.ensureDownloaded(["six"], PYTHON);
    const again = Date.now();
    await server.ensureDownloaded(["six"], PYTHON);
    expect(Date.now() - again).toBeLessThan(1000);
    const page = await (await fetch(`${server.indexUrl}/SIX/`)).text();
    expect(page).toMatch(/six-[\d.]+-py[\w.]+-none-any\.whl#sha256=[0-9a-f]{64}/);
  });

  it("serves a PEP 503 index that real pip installs from", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "index-"));
    try {
      const local = await resolveLocalPython(PYTHON);
      const python = path.join(pyenvPrefix(local!), "bin", "python3");
      const wheel = path.join(dir, "Demo_Pkg-1.0-py3-none-any.whl");
      const make = `import zipfile, sys
w = zipfile.ZipFile(sys.argv[1], "w")
w.writestr("demo_pkg.py", "VALUE = 42\\n")
w.writestr("Demo_Pkg-1.0.dist-info/METADATA", "Metadata-Version: 2.1\\nName: Demo.Pkg\\nVersion: 1.0\\n")
w.writestr("Demo_Pkg-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
w.writestr("Demo_Pkg-1.0.dist-info/RECORD", "")
w.close()`;
      expect((await run(python, ["-c", make, wheel])).exitCode).toBe(0);
      server.addPackages([wheel]);
      const rootPage = await (await fetch(`${server.indexUrl}/`)).text();
      expect(rootPage).toContain('href="demo-pkg/"');
      const page = await (await fetch(`${server.indexUrl}/Demo.Pkg/`)).text();
      expect(page).toMatch(/Demo_Pkg-1\.0-py3-none-any\.whl#sha256=[0-9a-f]{64}/);
      const target = path.join(dir, "target");
      const res = await run(
        python,
        [
          "-m",
          "pip",
          "install",
          "--disable-pip-version-check",
          "--no-cache-dir",
          "--index-url",
          server.indexUrl,
          "--target",
          target,
          "demo-pkg==1.0",
        ],
        {
          env: { PATH: "/usr/bin:/bin", PIP_CONFIG_FILE: "/dev/null", HOME: dir },
        },
      );
      expect(res.exitCode, res.output).toBe(0);
      expect(await fs.readFile(path.join(target, "demo_pkg.py"), "utf8")).toContain("42");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
