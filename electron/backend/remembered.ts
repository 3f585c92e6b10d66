/**
 * A function remembered per distinct argument, up to `bound` answers (then forgotten all at once): a file or a
 * directory repeats the same few values thousands of times, but one where every value differs must not keep
 * them all alive (the collector would copy them again and again). An answer may be null; never undefined.
 */
export function remembered<K, V>(compute: (key: K) => V, bound = 2048): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= bound) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
