// Kommuner, län and themes change rarely: loaded once per page visit and shared by the views.
import { all, query } from './graphql.js';

let cache;

export function reference() {
  cache ??= (async () => {
    const [kommuner, data] = await Promise.all([
      all(`query($after: String) { kommuner(first: 100, after: $after, order: [{ name: ASC }]) {
             nodes { code name lan { code name } } pageInfo { hasNextPage endCursor } } }`, 'kommuner'),
      query('{ lan { code name shortName } themes { code sv en } }'),
    ]);
    return {
      kommuner,
      byCode: new Map(kommuner.map((k) => [k.code, k])),
      lan: data.lan,
      // Themes by their Swedish names, as a Swedish reader looks for them.
      themes: [...data.themes].sort((a, b) => a.sv.localeCompare(b.sv, 'sv')),
    };
  })();
  cache.catch(() => { cache = undefined; });
  return cache;
}

/** A kommun from what a person typed: a code, a name, or "Name (län)". */
export function findKommun(ref, typed) {
  const text = typed.trim().toLowerCase();
  if (!text) return undefined;
  return ref.byCode.get(text)
    ?? ref.kommuner.find((k) => k.name.toLowerCase() === text)
    ?? ref.kommuner.find((k) => `${k.name} (${k.lan.name})`.toLowerCase() === text)
    ?? (() => { const starts = ref.kommuner.filter((k) => k.name.toLowerCase().startsWith(text)); return starts.length === 1 ? starts[0] : undefined; })();
}
