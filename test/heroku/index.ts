// Public API of the local Heroku test platform.
export {
  startArtifactServer,
  type ArtifactServer,
  type ArtifactServerOptions,
  type Override,
  type RecordedRequest,
} from "./artifact-server.js";
export { parseBuildpackList, type BuildpackSpec } from "./buildpacks.js";
export { configureForArtifactServer } from "./configure.js";
export { freePort, type DynoMode, type WebResult } from "./dyno.js";
export type { RunResult } from "./shell.js";
export { ensureDownloaded, normalizeName } from "./package-index.js";
export {
  App,
  createApp,
  type AppOptions,
  type BootWebOptions,
  type DeployOptions,
  type DeployResult,
  type DynoRunOptions,
} from "./platform.js";
export { buildPythonArchive, hasRunpath, localPythonVersions, resolveLocalPython } from "./python-archive.js";
export { parseReleaseOutput, type ReleaseInfo } from "./release.js";
export { BLOCKED_HOSTS, hostNodeBinaries, STACK_PATH, type MachineSize } from "./sandbox.js";
