/**
 * Methods that only wait for a lazily loaded engine and call its method of the same name and
 * arguments — `learn.lessons.get`, `learn.questions.send`, … Made in a loop over their names:
 * the runtime chunk is counted against the drawer's byte budget, and one loop costs less than a
 * dozen closures written out.
 */
export function forward<T extends object>(load: () => Promise<object>, names: string, into: T): T {
  for (const name of names.split(' ')) {
    (into as Record<string, unknown>)[name] = (...args: unknown[]) => load().then((target) => (target as Record<string, (...a: unknown[]) => unknown>)[name]!(...args));
  }
  return into;
}
