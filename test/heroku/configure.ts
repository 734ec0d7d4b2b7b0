// Points pyslug at the loopback artifact server through config vars (tests and CLI alike).
import type { ArtifactServer } from "./artifact-server.js";
import type { App } from "./platform.js";

/** Sets PYSLUG_NODE_URL, PYSLUG_NODE_SHA256, PYSLUG_PYTHON_URL, PIP_INDEX_URL, PIP_TRUSTED_HOST and PIPENV_PYPI_MIRROR on the app. */
export function configureForArtifactServer(app: App, server: ArtifactServer): void {
  app.setConfig({
    PYSLUG_NODE_URL: server.nodeArchive.url,
    PYSLUG_NODE_SHA256: server.nodeArchive.sha256,
    PYSLUG_PYTHON_URL: server.pythonUrlTemplate,
    PIP_INDEX_URL: server.indexUrl,
    // pip caches only what it fetched from https or a trusted host; real indexes are https.
    PIP_TRUSTED_HOST: new URL(server.url).hostname,
    // Pipenv installs from the Pipfile's sources (pypi.org in fixtures); the mirror setting replaces them, as with Pipenv.
    PIPENV_PYPI_MIRROR: server.indexUrl,
  });
}
