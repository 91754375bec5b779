// Free-text search over every promise, filtered by theme, län and year.
import { h, lofteTitle, highlighted, plural } from '../dom.js';
import { query } from '../graphql.js';
import { go } from '../state.js';
import { reference } from '../reference.js';
import { lanSelect, themeSelect } from './kommunval.js';
import { promiseDetails } from './loftelista.js';

const PAGE = 50;
const SEARCH = `query($search: String, $where: PromiseFilterInput, $first: Int, $after: String) {
  promises(search: $search, where: $where, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id text highlight actors themes { code sv } targets { count per unit } places
            lofte { years kommuner { code name } } }
  }
}`;

export async function sok(view, state) {
  const ref = await reference();
  const text = h('input', { id: 'sok-text', name: 'q', type: 'search', value: state.q ?? '', placeholder: 't.ex. skolor' });
  const theme = themeSelect(ref, { label: 'Tema', value: state.tema ?? '' });
  const lan = lanSelect(ref, { label: 'Län', value: state.lan ?? '' });
  const year = h('input', { id: 'sok-ar', name: 'ar', inputmode: 'numeric', pattern: '\\d{4}', value: state.ar ?? '', size: 6, placeholder: 'alla år' });
  view.append(h('h1', {}, 'Sök löften'), h('form', {
    class: 'sok', role: 'search', onsubmit: (event) => {
      event.preventDefault();
      go({ vy: 'sok', q: text.value.trim(), tema: theme.select.value, lan: lan.select.value, ar: year.value.trim() });
    },
  },
  h('p', { class: 'falt' }, h('label', { for: 'sok-text' }, 'Ord i löftet'), text),
  theme.element, lan.element,
  h('p', { class: 'falt' }, h('label', { for: 'sok-ar' }, 'År'), year),
  h('button', { type: 'submit' }, 'Sök')));

  if (!state.q && !state.tema && !state.lan && !state.ar) return;

  const where = {};
  if (state.tema) where.theme = { eq: state.tema };
  if (state.lan) where.lan = { eq: state.lan };
  if (/^\d{4}$/.test(state.ar ?? '')) where.year = { eq: Number(state.ar) };
  const variables = { search: state.q || null, where, first: PAGE };
  const first = (await query(SEARCH, variables)).promises;

  const results = h('ol', { class: 'traffar' });
  const heading = h('h2', { tabindex: '-1', 'data-fokus': true, 'aria-live': 'polite' },
    first.totalCount === 0 ? 'Inga löften hittades' : plural(first.totalCount, 'löfte', 'löften'));
  view.append(heading, results);
  const more = h('button', { type: 'button', class: 'fler' }, 'Visa fler');
  const show = (page) => {
    for (const p of page.nodes) {
      results.append(h('li', {},
        h('p', {}, p.highlight ? highlighted(p.highlight) : p.text),
        promiseDetails(p),
        h('p', { class: 'kalla' }, p.lofte.kommuner.map((k, i) => [i ? ', ' : '', h('a', { href: `/?vy=kommun&kod=${k.code}` }, k.name)]),
          ` · ${lofteTitle(p.lofte.years, { lower: true })}`)));
    }
    more.hidden = !page.pageInfo.hasNextPage;
    more.onclick = async () => {
      more.disabled = true;
      const next = (await query(SEARCH, { ...variables, after: page.pageInfo.endCursor })).promises;
      more.disabled = false;
      const firstNew = results.children.length;
      show(next);
      results.children[firstNew]?.setAttribute('tabindex', '-1');
      results.children[firstNew]?.focus();
    };
  };
  show(first);
  view.append(more);
}
