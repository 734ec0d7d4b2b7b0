/**
 * Checks for metadata read back from the cache. What a file on disk holds is untrusted: it may be
 * from another pyslug, edited, or damaged. A field that doesn't check out makes the part discarded.
 */
export type Check = (value: unknown) => boolean;

/** One check per field, optional fields included (they check `undefined` themselves). */
export type Schema<M> = { [K in keyof M]-?: Check };

export const isString: Check = (value) => typeof value === "string";
export const isNumber: Check = (value) => typeof value === "number" && Number.isFinite(value);
export const isBoolean: Check = (value) => typeof value === "boolean";
export const isAnything: Check = () => true;
export const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
export const isStringRecord: Check = (value) => isObject(value) && Object.values(value).every(isString);

export function optional(check: Check): Check {
  return (value) => value === undefined || check(value);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first field of `value` that doesn't match the schema, or undefined when all do. Pure. */
export function invalidField<M>(value: Record<string, unknown>, schema: Schema<M>): string | undefined {
  for (const [field, check] of Object.entries<Check>(schema)) {
    if (!check(value[field])) return field;
  }
  return undefined;
}

/** The value as M when it matches the schema. Pure. */
export function matches<M>(value: unknown, schema: Schema<M>): value is M {
  return isObject(value) && invalidField(value, schema) === undefined;
}
