/**
 * Which wheels can run on the target: CPython 3.X on a Heroku stack (glibc Linux). pip makes the
 * final choice among a lock's files; this only tells, before pip runs, that none can. Pure.
 */

export interface WheelTarget {
  /** "3.12" */
  minor: string;
  /** platform.machine(): "x86_64", "aarch64". */
  machine: string;
  /** glibc of the stack, [2, 39]; undefined when unknown (any manylinux tag is accepted). */
  glibc: [number, number] | undefined;
}

const GLIBC_OF_UBUNTU: Record<string, [number, number]> = {
  "22.04": [2, 35],
  "24.04": [2, 39],
  "26.04": [2, 42],
};

export function glibcOfUbuntu(ubuntu: string): [number, number] | undefined {
  return GLIBC_OF_UBUNTU[ubuntu];
}

/** The python, abi and platform tags of a wheel file name, or undefined when it isn't one. */
export function wheelTags(filename: string): { python: string[]; abi: string[]; platform: string[] } | undefined {
  if (!filename.endsWith(".whl")) return undefined;
  const parts = filename.slice(0, -4).split("-");
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  return { python: python.split("."), abi: abi.split("."), platform: platform.split(".") };
}

function platformFits(tag: string, target: WheelTarget): boolean {
  if (tag === "any") return true;
  if (tag === `linux_${target.machine}`) return true;
  const legacy: Record<string, [number, number]> = { manylinux1: [2, 5], manylinux2010: [2, 12], manylinux2014: [2, 17] };
  let glibc: [number, number] | undefined;
  let machine: string | undefined;
  const modern = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (modern) {
    glibc = [Number(modern[1]), Number(modern[2])];
    machine = modern[3];
  } else {
    const old = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
    if (old) {
      glibc = legacy[old[1]!];
      machine = old[2];
    }
  }
  if (!glibc || machine !== target.machine) return false;
  if (!target.glibc) return true;
  return glibc[0] < target.glibc[0] || (glibc[0] === target.glibc[0] && glibc[1] <= target.glibc[1]);
}

/** True when pip could install this wheel on the target. */
export function wheelFits(filename: string, target: WheelTarget): boolean {
  const tags = wheelTags(filename);
  if (!tags) return false;
  const minor = Number(target.minor.split(".")[1]);
  const cpython = `cp3${minor}`;
  for (const py of tags.python) {
    const generic = py === "py3" || (/^py3(\d+)$/.test(py) && Number(py.slice(3)) <= minor);
    const cp = /^cp3(\d+)$/.exec(py);
    for (const abi of tags.abi) {
      const abiOk =
        (abi === "none" && (generic || py === cpython)) ||
        (abi === "abi3" && cp !== null && Number(cp[1]) <= minor) ||
        (abi === cpython && py === cpython);
      if (abiOk && tags.platform.some((p) => platformFits(p, target))) return true;
    }
  }
  return false;
}
