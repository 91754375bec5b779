// What the database holds, in words: a fresh install has only the few recorded pages, and a reader must know that
// "no löfte here" then says nothing of the kommun.
import { h, date, plural } from '../dom.js';
import { query } from '../graphql.js';

let cache;

export function holdings() {
  cache ??= query(`{ holdings { loften promises kommunerWithLofte recordedPages fetchedPages firstReadAt lastReadAt lastHarvestMode lastHarvestAt } }`)
    .then((data) => data.holdings);
  cache.catch(() => { cache = undefined; });
  return cache;
}

/** One paragraph: how much, read when, from where; and, for the archive alone, how the national data is had. */
export function holdingsText(held) {
  const pages = held.recordedPages + held.fetchedPages;
  const when = held.firstReadAt && held.lastReadAt
    ? (date(held.firstReadAt) === date(held.lastReadAt) ? date(held.lastReadAt) : `${date(held.firstReadAt)}–${date(held.lastReadAt)}`)
    : null;
  const parts = [`Databasen innehåller ${plural(held.loften, 'medborgarlöfte', 'medborgarlöften')} från ${plural(held.kommunerWithLofte, 'kommun', 'kommuner')}`,
    `, med sammanlagt ${plural(held.promises, 'löfte', 'löften')}. `];
  if (held.fetchedPages === 0) {
    parts.push(`De är lästa ur de ${plural(held.recordedPages, 'sida', 'sidor')} som följer med tjänsten, inspelade`,
      when ? ` ${when}` : '', ' från polisen.se och kommunernas webbplatser. En kommun utan löfte här kan alltså ha ett: hela landets löften läses in när insamlaren körs mot källorna (',
      h('code', {}, 'harvest --live'), ').');
  } else {
    parts.push(`De är lästa ur ${plural(pages, 'sida', 'sidor')}: ${plural(held.fetchedPages, 'hämtad', 'hämtade')} direkt från polisen.se och kommunernas webbplatser`,
      held.recordedPages ? ` och ${held.recordedPages} ur det inspelade arkivet` : '', when ? ` (${when})` : '', '.');
  }
  return parts;
}

/** The paragraph for a view, or nothing when the counts cannot be had (the view works without them). */
export async function holdingsNote() {
  try {
    return h('p', { class: 'innehall' }, holdingsText(await holdings()));
  } catch {
    return null;
  }
}
