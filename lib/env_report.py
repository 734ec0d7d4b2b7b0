"""Reports which installed distributions an app's requirements need.

Run by pyslug with the app's Python after installing dependencies:
    python env_report.py REQUEST.json
REQUEST.json: {"top": ["flask", "pkg[extra]; python_version >= '3.8'", ...], "keep": ["pip"],
               "local": [{"path": "/abs/dir", "extras": ["x"]}, ...]}
Prints JSON: {"installed": {name: version}, "required": [names], "missing": ["name (required by x)"],
              "local": {"/abs/dir": {"name": ..., "version": ..., "requires": [PEP 508 strings]}}}
where names are canonical (PEP 503) and "installed" only counts distributions whose metadata
lives in this interpreter's site-packages (the ones pip can uninstall). "local" has an entry for
each requested directory an installed distribution was installed from (its direct_url.json), with
the requirements whose markers hold for this interpreter and the requested extras, markers removed.
"""
import json
import os
import sys
import sysconfig
from importlib import metadata
from urllib.parse import unquote, urlparse

from pip._vendor.packaging.requirements import InvalidRequirement, Requirement
from pip._vendor.packaging.utils import canonicalize_name


def site_dirs():
    paths = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    return {os.path.realpath(p) for p in paths}


def installed_from(dist):
    """The local directory a distribution was installed from, or None."""
    text = dist.read_text("direct_url.json")
    if not text:
        return None
    try:
        url = urlparse(json.loads(text).get("url", ""))
    except (ValueError, AttributeError):
        return None
    return os.path.realpath(unquote(url.path)) if url.scheme == "file" else None


def local_report(dists, packages):
    wanted = {os.path.realpath(p["path"]): p for p in packages}
    found = {}
    for dist in dists:
        package = wanted.get(installed_from(dist)) if wanted else None
        if package is None:
            continue
        requires = []
        for line in dist.requires or []:
            try:
                req = Requirement(line)
            except InvalidRequirement:
                requires.append(line)
                continue
            extras = [""] + list(package.get("extras", []))
            if req.marker is not None and not any(req.marker.evaluate({"extra": e}) for e in extras):
                continue
            req.marker = None
            requires.append(str(req))
        found[package["path"]] = {
            "name": canonicalize_name(dist.metadata["Name"]),
            "version": dist.version,
            "requires": requires,
        }
    return found


def main(request_file):
    with open(request_file, encoding="utf-8") as f:
        request = json.load(f)
    sites = site_dirs()
    by_name = {}
    installed = {}
    dists = [dist for dist in metadata.distributions() if dist.metadata["Name"]]
    for dist in dists:
        name = dist.metadata["Name"]
        if not name:
            continue
        key = canonicalize_name(name)
        location = os.path.realpath(str(dist.locate_file("")))
        in_site = location in sites
        if key not in by_name or in_site:
            by_name[key] = dist
        if in_site:
            installed[key] = dist.version

    required = set()
    missing = []
    queue = []
    for text in request.get("top", []):
        try:
            req = Requirement(text)
        except InvalidRequirement:
            continue
        if req.marker is None or req.marker.evaluate():
            queue.append((req, "your dependencies"))
    for name in request.get("keep", []):
        queue.append((Requirement(name), "pyslug"))
    seen = set()
    while queue:
        req, parent = queue.pop()
        key = canonicalize_name(req.name)
        extras = tuple(sorted(canonicalize_name(e) for e in req.extras))
        if (key, extras) in seen:
            continue
        seen.add((key, extras))
        dist = by_name.get(key)
        if dist is None:
            missing.append(f"{req.name} (required by {parent})")
            continue
        required.add(key)
        for dep_text in dist.requires or []:
            dep = Requirement(dep_text)
            wanted = [""] + list(extras)
            if dep.marker is not None and not any(dep.marker.evaluate({"extra": extra}) for extra in wanted):
                continue
            queue.append((dep, dist.metadata["Name"]))
    local = local_report(dists, request.get("local", []))
    json.dump(
        {"installed": installed, "required": sorted(required), "missing": sorted(set(missing)), "local": local},
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1])
    sys.stdout.flush()
    # Nothing to clean up: skip the interpreter's teardown of every module imported (tens of milliseconds).
    os._exit(0)
