import fs from "fs-extra";
import path from "node:path";

/**
 * The app's config vars, as the platform hands them to compile: one file per var in ENV_DIR.
 * They are not exported into compile's environment; pyslug reads the few it uses by name.
 */
export class ConfigVars {
  private constructor(private readonly values: ReadonlyMap<string, string>) {}

  static async read(envDir: string | undefined): Promise<ConfigVars> {
    const values = new Map<string, string>();
    if (envDir && (await fs.pathExists(envDir))) {
      for (const name of await fs.readdir(envDir)) {
        const file = path.join(envDir, name);
        if ((await fs.stat(file)).isFile()) values.set(name, await fs.readFile(file, "utf8"));
      }
    }
    return new ConfigVars(values);
  }

  static of(values: Record<string, string>): ConfigVars {
    return new ConfigVars(new Map(Object.entries(values)));
  }

  /** A config var, else the same name from the build environment (Dokku exports config vars; operators set platform-wide ones). */
  setting(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
    const value = this.values.get(name) ?? env[name];
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }

  /** Every config var, for the app's own hooks (which get them exported, as on Heroku). */
  entries(): [string, string][] {
    return [...this.values.entries()];
  }

  has(name: string): boolean {
    return this.values.has(name);
  }
}
