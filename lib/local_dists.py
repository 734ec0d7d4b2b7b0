"""Reports the installed distributions of an app's local packages and what they require.

Run by pyslug with the app's Python before updating an environment in place:
    python local_dists.py REQUEST.json
REQUEST.json: {"packages": [{"path": "/abs/dir", "extras": ["x"]}, ...]}
Prints JSON: {"/abs/dir": {"name": ..., "version": ..., "requires": [PEP 508 strings]}} for each
directory some installed distribution was installed from (its direct_url.json), the requirements
whose markers hold for this interpreter and the requested extras, markers removed.
"""
import json
import os
import sys
from importlib import metadata
from urllib.parse import unquote, urlparse

from pip._vendor.packaging.requirements import InvalidRequirement, Requirement
from pip._vendor.packaging.utils import canonicalize_name


def main(request_file):
    with open(request_file, encoding="utf-8") as f:
        request = json.load(f)
    wanted = {os.path.realpath(p["path"]): p for p in request.get("packages", [])}
    found = {}
    for dist in metadata.distributions():
        text = dist.read_text("direct_url.json")
        if not text or not dist.metadata["Name"]:
            continue
        try:
            url = urlparse(json.loads(text).get("url", ""))
        except (ValueError, AttributeError):
            continue
        if url.scheme != "file":
            continue
        package = wanted.get(os.path.realpath(unquote(url.path)))
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
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
