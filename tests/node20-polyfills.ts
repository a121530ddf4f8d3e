// vitest 5 declares Node 22 and calls Map.groupBy (Node 21+) when it reports
// failures; on Node 20 its reporter would crash instead of printing them.
// Loaded by both vitest configs, in the main process, before any reporter runs.
const MapWithGroupBy = Map as MapConstructor & {
  groupBy?: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
};
MapWithGroupBy.groupBy ??= <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
  const groups = new Map<K, T[]>();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};
