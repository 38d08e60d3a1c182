type Area = Readonly<Record<string, string>>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Merges the per-area message files of one locale into one flat catalog; a key in two areas throws. */
export function mergeAreas<T extends Record<string, Area>>(areas: T): UnionToIntersection<T[keyof T]> {
  const out: Record<string, string> = {};
  for (const [area, messages] of Object.entries(areas)) {
    for (const [key, message] of Object.entries(messages)) {
      if (key in out)
        throw new Error(`i18n: message key "${key}" is defined twice (again in area "${area}")`);
      out[key] = message;
    }
  }
  return out as UnionToIntersection<T[keyof T]>;
}
