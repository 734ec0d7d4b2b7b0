// Dyno defaults (.profile.d/pyslug-defaults.sh): WEB_CONCURRENCY from the dyno's cgroup memory file
// and CPUs (both faked per dyno in its namespace), DYNO_RAM, gunicorn's defaults, PYTHONHOME and the
// path variables of config vars; in Heroku's plain and herokuish's strict dyno start, after the
// first deploy and after the second, cached one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult, type MachineSize } from "../heroku/index.js";
import { AppPool, appSource, expectSuccess } from "./helpers.js";

const PYTHON = "3.12";
const MB = 1048576;

let server: ArtifactServer;
const pool = new AppPool(() => server);
let app: App;
let source: string;
const deploys: DeployResult[] = [];
/** printenv of a web and a worker dyno, for the closing note. */
const printenvs: Record<string, string> = {};

/** The environment a dyno's command sees, as `printenv` prints it. */
function environment(stdout: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of stdout.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

async function dynoEnv(machine: MachineSize, dynoType = "worker", mode: "plain" | "strict" = "plain") {
  const res = await app.run("printenv", { machine, dynoType, mode });
  expect(res.exitCode, res.output).toBe(0);
  return { env: environment(res.stdout), stderr: res.stderr, stdout: res.stdout };
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["six"], PYTHON);
  app = await pool.create("dyno-defaults");
  source = await appSource({
    ".python-version": `${PYTHON}\n`,
    "requirements.txt": "six\n",
    // Without nltk installed, nltk.txt is a warning, not an error.
    "nltk.txt": "punkt_tab\n",
    // The web process prints its environment, then serves.
    Procfile: "web: printenv && exec python -m http.server $PORT\n",
  });
});

afterAll(async () => {
  if (Object.keys(printenvs).length > 0)
    console.log(
      Object.entries(printenvs)
        .map(([k, v]) => `--- ${k}\n${v}`)
        .join("\n"),
    );
  await pool.dispose();
  await server?.close();
});

describe.each([1, 2])("dyno defaults after deploy %i", { timeout: 400_000 }, (n) => {
  it("deploys (the second time from the cache)", async () => {
    const res = await app.deploy({ source });
    expectSuccess(res);
    deploys.push(res);
    expect(res.output).toMatch(/Wrote \.profile\.d\/pyslug-defaults\.sh/);
    expect(res.output).toMatch(/-----> Skipping Django's collectstatic: Django isn't installed\n/);
    expect(res.output).toMatch(
      / ! {5}Warning: nltk\.txt is ignored: nltk isn't installed \(add it to your dependencies to get its data\)\.\n/,
    );
    if (n === 2) expect(res.output).toMatch(/Reusing cached environment/);
  });

  it("WEB_CONCURRENCY is 2 for 512 MB (cgroup v2) on a web dyno, which says why on stderr", async () => {
    const web = await app.bootWeb({ machine: { cgroup: 2, memory: String(512 * MB), cpus: "0-1" } });
    expect(web.status, web.output).toBe(200);
    const env = environment(web.output);
    expect(env["WEB_CONCURRENCY"]).toBe("2");
    expect(env["WEB_CONCURRENCY_SET_BY"]).toBe("pyslug");
    expect(env["DYNO_RAM"]).toBe("512");
    expect(env["DYNO"]).toBe("web.1");
    expect(web.output).toMatch(/^pyslug: WEB_CONCURRENCY=2, the lower of 2 CPUs x 2 \+ 1 and 512 MB \/ 256 MB/m);
    printenvs["web dyno (512 MB, 2 CPUs)"] = web.output
      .split("\n")
      .filter((l) => /^[A-Z_][A-Z0-9_]*=/.test(l))
      .sort()
      .join("\n");
  });

  it("WEB_CONCURRENCY is 4 for 1 GB (cgroup v1) on a worker dyno, which prints nothing", async () => {
    const { env, stderr, stdout } = await dynoEnv({ cgroup: 1, memory: String(1024 * MB), cpus: "0-1" }, "worker");
    expect(env["WEB_CONCURRENCY"]).toBe("4");
    expect(env["DYNO_RAM"]).toBe("1024");
    expect(env["DYNO"]).toBe("worker.1");
    expect(stderr).toBe("");
    printenvs["worker dyno (1 GB, 2 CPUs)"] = stdout.trim().split("\n").sort().join("\n");
  });

  it("WEB_CONCURRENCY is bound by the CPUs: 3 for one CPU with 2 GB", async () => {
    const { env } = await dynoEnv({ cgroup: 2, memory: String(2048 * MB), cpus: "0" });
    expect(env["WEB_CONCURRENCY"]).toBe("3");
    expect(env["DYNO_RAM"]).toBe("2048");
  });

  it("'max', absurd and missing memory files are ignored, also in herokuish's strict mode", async () => {
    for (const machine of [{ memory: "max" }, { cgroup: 1, memory: "9223372036854771712" }, {}] as MachineSize[]) {
      const { env } = await dynoEnv({ ...machine, cpus: "0" }, "worker", "strict");
      expect(env["WEB_CONCURRENCY"], JSON.stringify(machine)).toBe("3");
      expect(env["DYNO_RAM"], JSON.stringify(machine)).toBeUndefined();
    }
  });

  it("config vars win, PYTHONHOME is Python's own, pyslug's path entries come first", async () => {
    app.setConfig({
      WEB_CONCURRENCY: "7",
      FORWARDED_ALLOW_IPS: "10.0.0.1",
      PYTHONHOME: "/usr/lib/some-other-python",
      PYTHONPATH: "/app/lib",
      LD_LIBRARY_PATH: "/app/vendor/lib",
    });
    try {
      for (const mode of ["plain", "strict"] as const) {
        const { env } = await dynoEnv({ cgroup: 2, memory: String(512 * MB), cpus: "0-1" }, "web", mode);
        expect(env["WEB_CONCURRENCY"], mode).toBe("7");
        expect(env["WEB_CONCURRENCY_SET_BY"], mode).toBeUndefined();
        expect(env["DYNO_RAM"], mode).toBe("512");
        expect(env["FORWARDED_ALLOW_IPS"], mode).toBe("10.0.0.1");
        expect(env["GUNICORN_CMD_ARGS"], mode).toBe("--access-logfile -");
        expect(env["PYTHONHOME"], mode).toBe("/app/.heroku/python");
        expect(env["PYTHONPATH"], mode).toBe("/app:/app/lib");
        expect(env["LD_LIBRARY_PATH"], mode).toBe("/app/.heroku/python/lib:/app/vendor/lib");
        expect(env["PATH"]?.startsWith("/app/.heroku/python/bin:"), env["PATH"]).toBe(true);
      }
      // A PYTHONHOME left by another setup would stop Python from starting at all.
      const python = await app.run('python -c "import sys, six; print(sys.prefix)"');
      expect(python.exitCode, python.output).toBe(0);
      expect(python.stdout.trim()).toBe("/app/.heroku/python");
    } finally {
      app.unsetConfig("WEB_CONCURRENCY", "FORWARDED_ALLOW_IPS", "PYTHONHOME", "PYTHONPATH", "LD_LIBRARY_PATH");
    }
  });
});
