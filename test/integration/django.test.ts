// Django's collectstatic, as Heroku's Python buildpack runs it, with the real Django from the package
// index: the collected files are in the slug and served by the app in a dyno, on the first deploy and
// on the second, cached one; each misconfiguration fails the build with its cause named.
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult } from "../heroku/index.js";
import { AppPool, appSource, expectSuccess } from "./helpers.js";

const PYTHON = "3.12";

let server: ArtifactServer;
const pool = new AppPool(() => server);

const STYLESHEET = "body { background: url('../img/logo.png'); }\n";

/** A small Django project; `settings` replaces lines of the settings module, `extra` adds files. */
function djangoApp(settings: Record<string, string> = {}, extra: Record<string, string> = {}): Record<string, string> {
  const lines: Record<string, string> = {
    head: "from pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = 'not-a-secret'\nDEBUG = False\nALLOWED_HOSTS = ['*']",
    apps: "INSTALLED_APPS = ['django.contrib.staticfiles']",
    urls: "ROOT_URLCONF = 'shop.urls'",
    staticUrl: "STATIC_URL = 'static/'",
    staticRoot: "STATIC_ROOT = BASE_DIR / 'staticfiles'",
    dirs: "STATICFILES_DIRS = [BASE_DIR / 'assets']",
    storages: "STORAGES = {'staticfiles': {'BACKEND': 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage'}}",
    ...settings,
  };
  return {
    ".python-version": `${PYTHON}\n`,
    "requirements.txt": "django\n",
    "manage.py":
      "import os, sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n" +
      "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    // Deeper than the real one: never the manage.py that runs.
    "docs/example/manage.py": "raise SystemExit('the deeper manage.py ran')\n",
    "shop/__init__.py": "",
    "shop/settings.py": `${Object.values(lines).join("\n")}\n`,
    "shop/urls.py":
      "from django.http import HttpResponse\nfrom django.contrib.staticfiles.storage import staticfiles_storage\nfrom django.urls import path\n\n" +
      "def home(request):\n    name = staticfiles_storage.stored_name('css/site.css')\n" +
      "    with open(staticfiles_storage.path(name)) as f:\n        return HttpResponse(f'{name}\\n{f.read()}', content_type='text/plain')\n\n" +
      "urlpatterns = [path('', home)]\n",
    "serve.py":
      "import os\nfrom wsgiref.simple_server import make_server\n" +
      "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\nfrom django.core.wsgi import get_wsgi_application\n" +
      "make_server('127.0.0.1', int(os.environ['PORT']), get_wsgi_application()).serve_forever()\n",
    Procfile: "web: python serve.py\n",
    "assets/css/site.css": STYLESHEET,
    "assets/img/logo.png": "not really a png\n",
    ...extra,
  };
}

/** Failed with one pyslug error block holding each message; Django's own output (its traceback) is above the block, never in it. */
function expectCollectstaticError(result: DeployResult, ...messages: RegExp[]): void {
  expect(result.exitCode, result.output).toBe(1);
  expect(result.output).not.toMatch(/bug in pyslug|\n\s+at .*\.(m?js|ts):\d+/);
  expect(result.output.match(/ ! {5}Error: /g) ?? [], result.output).toHaveLength(1);
  const block = result.output.slice(result.output.indexOf(" !     Error: ")).split(" !     Push rejected")[0]!;
  expect(block).not.toMatch(/Traceback/);
  expect(block, result.output).toMatch(
    /Error: Django's collectstatic failed: 'python manage.py collectstatic --noinput' exited with status 1/,
  );
  expect(block, result.output).toMatch(/DISABLE_COLLECTSTATIC=1/);
  for (const m of messages) expect(block, result.output).toMatch(m);
  // The install had finished: the next build reuses it (a failed build doesn't cost a reinstall).
  expect(result.output).toMatch(/Kept Python 3\.12\.\d+ for the next build, with its environment\n/);
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["django"], PYTHON);
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

describe("Django collectstatic", { timeout: 400_000 }, () => {
  let app: App;
  let source: string;

  beforeAll(async () => {
    app = await pool.create("django");
    source = await appSource(djangoApp());
  });

  async function expectServedFromSlug(deploy: DeployResult): Promise<void> {
    const manifest = JSON.parse(await fs.readFile(path.join(deploy.slugDir, "staticfiles", "staticfiles.json"), "utf8")) as {
      paths: Record<string, string>;
    };
    const hashed = manifest.paths["css/site.css"]!;
    expect(hashed).toMatch(/^css\/site\.[0-9a-f]{12}\.css$/);
    const web = await app.bootWeb();
    expect(web.status, web.output).toBe(200);
    expect(web.body).toContain(hashed);
    // The stylesheet's reference was rewritten to the hashed logo: post-processing ran.
    expect(web.body).toMatch(/url\(["']?\.\.\/img\/logo\.[0-9a-f]{12}\.png["']?\)/);
  }

  it("runs on the first deploy, the static files are in the slug and the app serves them from /app", async () => {
    const first = await app.deploy({ source });
    expectSuccess(first);
    expect(first.output).toMatch(/-----> Running Django's collectstatic \(python manage\.py collectstatic --noinput\)\n/);
    expect(first.output).toMatch(/^ {7}\d+ static files copied to '[^']*\/staticfiles', \d+ post-processed\.$/m);
    expect(first.output).not.toContain("the deeper manage.py ran");
    await expectServedFromSlug(first);
  });

  it("runs again on the second, cached deploy, with the same result", async () => {
    const second = await app.deploy({ source });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached environment/);
    expect(second.output).toMatch(/-----> Running Django's collectstatic/);
    expect(second.output).toMatch(/^ {7}\d+ static files copied to '[^']*\/staticfiles', \d+ post-processed\.$/m);
    await expectServedFromSlug(second);
  });
});

describe("collectstatic skipped and failing", { timeout: 400_000 }, () => {
  let app: App;

  beforeAll(async () => {
    app = await pool.create("django-broken");
  });

  // The successful deploys first; each failing one keeps the installed environment for the next.
  it("DEBUG_COLLECTSTATIC shows collectstatic's environment without credentials", async () => {
    app.setConfig({
      DEBUG_COLLECTSTATIC: "1",
      DATABASE_URL: "postgres://shopuser:hunter2pass@db.internal/shop",
      DJANGO_SECRET_KEY: "k3y-th4t-must-not-leak",
    });
    try {
      const debug = await app.deploy({ source: await appSource(djangoApp()) });
      expectSuccess(debug);
      expect(debug.output).toMatch(/-----> Running Django's collectstatic/);
      expect(debug.output).toMatch(/^ {9}DATABASE_URL=postgres:\/\/\*\*\*@db\.internal\/shop$/m);
      expect(debug.output).toMatch(/^ {9}DJANGO_SECRET_KEY=\*\*\*$/m);
      expect(debug.output).toMatch(/^ {9}PYTHONPATH=\/tmp\/build_[0-9a-f]+$/m);
      expect(debug.output).not.toMatch(/hunter2pass|k3y-th4t/);
    } finally {
      app.unsetConfig("DEBUG_COLLECTSTATIC", "DATABASE_URL", "DJANGO_SECRET_KEY");
    }
  });

  it("is skipped with DISABLE_COLLECTSTATIC (but not when it is 0), or when there is no manage.py", async () => {
    app.setConfig({ DISABLE_COLLECTSTATIC: "1" });
    try {
      const skipped = await app.deploy({ source: await appSource(djangoApp({ staticRoot: "" })) });
      expectSuccess(skipped);
      expect(skipped.output).toMatch(/-----> Skipping Django's collectstatic: DISABLE_COLLECTSTATIC is set\n/);
    } finally {
      app.unsetConfig("DISABLE_COLLECTSTATIC");
    }
    const files = djangoApp({ staticRoot: "" });
    delete files["manage.py"];
    delete files["docs/example/manage.py"];
    const noManage = await app.deploy({ source: await appSource(files) });
    expectSuccess(noManage);
    expect(noManage.output).toMatch(/-----> Skipping Django's collectstatic: no manage\.py within three levels of the app root\n/);
  });

  it("fails when STATIC_ROOT is unset (DISABLE_COLLECTSTATIC=0 doesn't disable it)", async () => {
    app.setConfig({ DISABLE_COLLECTSTATIC: "0" });
    try {
      const res = await app.deploy({ source: await appSource(djangoApp({ staticRoot: "" })) });
      expectCollectstaticError(res, /STATIC_ROOT is not set/);
    } finally {
      app.unsetConfig("DISABLE_COLLECTSTATIC");
    }
  });

  it("fails when the settings module doesn't exist, and says so", async () => {
    app.setConfig({ DJANGO_SETTINGS_MODULE: "shop.nonexistent" });
    try {
      const res = await app.deploy({ source: await appSource(djangoApp()) });
      expectCollectstaticError(
        res,
        /The settings module can't be imported \(No module named 'shop\.nonexistent'\)/,
        /DJANGO_SETTINGS_MODULE/,
      );
      expect(res.output).toMatch(/Reusing cached environment \(requirements\.txt unchanged\)/);
    } finally {
      app.unsetConfig("DJANGO_SETTINGS_MODULE");
    }
  });

  it("fails when django.contrib.staticfiles isn't installed", async () => {
    const res = await app.deploy({ source: await appSource(djangoApp({ apps: "INSTALLED_APPS = []" })) });
    expectCollectstaticError(res, /'django\.contrib\.staticfiles' is not in INSTALLED_APPS/);
  });

  it("fails when a stylesheet refers to a file that doesn't exist", async () => {
    const res = await app.deploy({
      source: await appSource(djangoApp({}, { "assets/css/site.css": "body { background: url('../img/gone.png'); }\n" })),
    });
    expectCollectstaticError(res, /'css\/site\.css' refers to 'img\/gone\.png', which is not among the static files/);
  });
});
