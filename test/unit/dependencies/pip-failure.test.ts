// What pyslug says when pip fails, from pip's own output (pip 26's wording, copied from real runs).
import { describe, expect, it } from "vitest";
import { explainPipFailure } from "../../../src/dependencies/pip-runner.js";

describe("explainPipFailure", () => {
  it("names an index that refused the credentials, not the missing package pip reports after it", () => {
    const output = [
      "Looking in indexes: http://deployer:****@127.0.0.1:18765/private/simple",
      "WARNING: 401 Error, Credentials not correct for http://127.0.0.1:18765/private/simple/six/",
      "ERROR: Could not find a version that satisfies the requirement six==1.17.0 (from versions: none)",
      "ERROR: No matching distribution found for six==1.17.0",
    ].join("\n");
    const text = explainPipFailure(output);
    expect(text).toMatch(/^The package index refused pip \(HTTP 401\) at http:\/\/127\.0\.0\.1:18765\/private\/simple\/six\/: /);
    expect(text).toMatch(/UV_INDEX_<NAME>_USERNAME\/_PASSWORD[\s\S]*POETRY_HTTP_BASIC_<NAME>_USERNAME\/_PASSWORD[\s\S]*PIP_INDEX_URL/);
  });

  it("a 403 from requests, with a URL that carries userinfo, is redacted", () => {
    const text = explainPipFailure("ERROR: 403 Client Error: Forbidden for url: https://u:tok@pkgs.example.com/simple/x/\n");
    expect(text).toMatch(/HTTP 403\) at https:\/\/\*\*\*@pkgs\.example\.com\/simple\/x\/:/);
    expect(text).not.toContain("tok");
  });

  it("a package the index doesn't have is still that", () => {
    expect(explainPipFailure("ERROR: No matching distribution found for nope==1\n")).toMatch(/has no package matching nope==1/);
  });
});
