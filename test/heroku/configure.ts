// Points pyslug at the loopback artifact server through config vars (tests and CLI alike).
import type { ArtifactServer } from "./artifact-server.js";
import type { App } from "./platform.js";

/** Sets PYSLUG_NODE_URL, PYSLUG_NODE_SHA256, PYSLUG_PYTHON_URL and PIP_INDEX_URL on the app. */
export function configureForArtifactServer(app: App, server: ArtifactServer): void {
  app.setConfig({
    PYSLUG_NODE_URL: server.nodeArchive.url,
    PYSLUG_NODE_SHA256: server.nodeArchive.sha256,
    PYSLUG_PYTHON_URL: server.pythonUrlTemplate,
    PIP_INDEX_URL: server.indexUrl,
  });
}
