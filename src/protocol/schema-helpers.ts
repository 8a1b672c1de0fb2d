/**
 * Schema helpers for the lesson, progress, review and xAPI schemas (the modules only lazy chunks
 * load). Apart from primitives.ts, which every page's shared chunk carries: a helper there lands in
 * that chunk even when only a lesson uses it.
 */
import * as z from 'zod/mini';

/*
 * Why `rule` and `Int` rather than `z.refine` and `z.int()`: zod keeps each kind of schema and
 * check in one module (`zod/v4/core/schemas.js`, `checks.js`), and Rollup puts a module in one
 * chunk, so whatever kind any browser code uses lands in the chunk shared with the runtime — the
 * bytes of "drawer open with search and article" (DESIGN.md budgets) — even when only a lesson
 * chunk uses it. Measured: `z.refine` +213 B gzip there, `z.int()` +417 B, `z.discriminatedUnion`
 * +802 B (see `LessonStep`), `z.extend` +329 B (spread a shape instead), `z.nullable` +43 B. A plain
 * function passed to zod/mini's `.check()` costs nothing extra.
 */

/** A rule a schema cannot say, for `.check()`: like `z.refine(test, { message, path })`, reported as a `custom` issue. */
export function rule<T>(test: (value: T) => boolean, message: string, path?: PropertyKey[]) {
  return (payload: z.core.ParsePayload<T>): void => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', message, input: payload.value, path, continue: true });
  };
}

/** A whole number in [min, max] (`z.number().check(z.int(), z.gte(min), z.lte(max))`, see above). */
export const Int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.gte(min), z.lte(max), rule<number>(Number.isInteger, 'must be a whole number'));

/** `schema` or null — what `z.nullable(schema)` does, without its code in the shared chunk (see above). */
export function OrNull<T extends z.core.$ZodType>(schema: T) {
  return z.unknown().check((payload) => {
    if (payload.value === null) return;
    const result = z.safeParse(schema, payload.value);
    if (result.success) payload.value = result.data;
    else payload.issues.push(...(result.error.issues as z.core.$ZodRawIssue[]));
  }) as unknown as z.ZodMiniType<z.output<T> | null, z.input<T> | null>;
}

/**
 * An object used as a map, every key checked by `key` and every value by `value` — what
 * `z.record(key, value)` does, without its code in the shared chunk (+547 B gzip there, see above).
 * Issues carry the key in their path, like z.record's.
 */
export function Keyed<K extends z.core.$ZodType<string, string>, V extends z.core.$ZodType>(key: K, value: V) {
  return z.looseObject({}).check((payload) => {
    for (const [k, v] of Object.entries(payload.value)) {
      const name = z.safeParse(key, k);
      const result = z.safeParse(value, v);
      for (const issue of [...(name.error?.issues ?? []), ...(result.error?.issues ?? [])]) {
        payload.issues.push({ ...(issue as z.core.$ZodRawIssue), path: [k, ...issue.path] });
      }
      if (result.success) payload.value[k] = result.data;
    }
  }) as unknown as z.ZodMiniType<Record<z.output<K>, z.output<V>>, Record<z.input<K>, z.input<V>>>;
}
