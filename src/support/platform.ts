import fs from "fs-extra";
import { BuildError } from "./errors.js";

/** The stack this build runs on, and what Python builds for it are named after. */
export interface Platform {
  stack: string;
  /** Ubuntu release of the stack, e.g. "24.04". */
  ubuntu: string;
  /** Debian architecture name, e.g. "amd64" or "arm64". */
  arch: string;
}

const KNOWN_STACKS: Record<string, string> = {
  "heroku-22": "22.04",
  "heroku-24": "24.04",
  "heroku-26": "26.04",
};

const EOL_STACK = /^(cedar.*|heroku-1[0-9]|heroku-20)$/;

/** Ubuntu release for a stack name; undefined for stacks pyslug doesn't know. Pure. */
export function ubuntuForStack(stack: string): string | undefined {
  return KNOWN_STACKS[stack];
}

/**
 * The Debian name of this machine's architecture. Node's own: bin/compile chose the Node.js build by the
 * machine's architecture (bash's), so the Node running this is built for it. No process to start.
 */
export function detectArch(): string {
  return normaliseArch(process.arch);
}

export function normaliseArch(arch: string): string {
  if (arch === "x86_64" || arch === "x64") return "amd64";
  if (arch === "aarch64") return "arm64";
  return arch;
}

async function osReleaseVersion(): Promise<string | undefined> {
  try {
    const text = await fs.readFile("/etc/os-release", "utf8");
    return /^VERSION_ID="?([^"\n]+)"?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Reads STACK and the architecture. Known Heroku stacks map to their Ubuntu release; any other
 * stack (Dokku custom images, forks) works when the app brings its own runtime URL.
 */
export async function detectPlatform(stack: string | undefined, customRuntimeUrl: boolean): Promise<Platform> {
  if (!stack) {
    throw new BuildError(
      "The STACK environment variable is not set.\n" +
        "Heroku and herokuish set it for every build (e.g. STACK=heroku-24). If you run bin/compile yourself, set it too.",
    );
  }
  if (EOL_STACK.test(stack)) {
    throw new BuildError(
      `The ${stack} stack has reached end of life and pyslug does not build for it.\n` +
        "Upgrade the app to a supported stack: heroku stack:set heroku-24",
    );
  }
  const arch = detectArch();
  const ubuntu = ubuntuForStack(stack) ?? (customRuntimeUrl ? await osReleaseVersion() : undefined);
  if (!ubuntu) {
    throw new BuildError(
      `pyslug has no Python builds for the '${stack}' stack.\n` +
        "Supported stacks: heroku-22, heroku-24, heroku-26. For a custom stack, set PYSLUG_PYTHON_URL\n" +
        "to a URL template of Python builds made for it, e.g. https://mirror.example/python-{version}-{stack}-{arch}.tar.zst",
    );
  }
  return { stack, ubuntu, arch };
}
