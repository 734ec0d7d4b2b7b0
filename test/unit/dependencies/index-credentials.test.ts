import { describe, expect, it } from "vitest";
import { readIndexCredentials, secretsOf, uvIndexVariable, withCredentials } from "../../../src/dependencies/index-credentials.js";
import { ConfigVars } from "../../../src/support/config-vars.js";
import { redactSecrets } from "../../../src/support/redact.js";

describe("index credentials", () => {
  it("uv's variable names: uppercase, anything but ASCII letters and digits becomes _", () => {
    expect(uvIndexVariable("internal-proxy")).toBe("INTERNAL_PROXY");
    expect(uvIndexVariable("my.index_2")).toBe("MY_INDEX_2");
    expect(uvIndexVariable("Internal")).toBe("INTERNAL");
  });

  it("reads USERNAME and PASSWORD config vars, either alone", () => {
    const config = ConfigVars.of({
      UV_INDEX_INTERNAL_USERNAME: "deploy",
      UV_INDEX_INTERNAL_PASSWORD: "s3cr3t/+@:x",
      UV_INDEX_TOKEN_PASSWORD: "tok-123",
    });
    expect(readIndexCredentials(config, "UV_INDEX_", "INTERNAL")).toMatchObject({ username: "deploy", password: "s3cr3t/+@:x" });
    expect(readIndexCredentials(config, "UV_INDEX_", "TOKEN")).toMatchObject({ username: undefined, password: "tok-123" });
    expect(readIndexCredentials(config, "UV_INDEX_", "OTHER")).toBeUndefined();
  });

  it("puts them in the URL percent-encoded, and every form is redacted", () => {
    const credentials = { variables: [], username: "deploy", password: "s3cr3t/+@:x" };
    const url = withCredentials("https://old:creds@pkgs.example.com/simple/", credentials);
    expect(url).toBe("https://deploy:s3cr3t%2F%2B%40%3Ax@pkgs.example.com/simple/");
    const secrets = secretsOf(credentials, "https://pkgs.example.com/simple/");
    const line = `Looking in indexes: ${url} (password s3cr3t/+@:x, user deploy)`;
    const redacted = redactSecrets(line, secrets);
    expect(redacted).not.toContain("s3cr3t");
    expect(redacted).not.toContain("deploy");
    expect(redacted).toContain("pkgs.example.com/simple/");
  });
});
