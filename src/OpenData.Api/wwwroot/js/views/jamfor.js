// Kommuner side by side: themes × kommuner with counts, each count opening the promises behind it.
import { h, years, genitive } from '../dom.js';
import { query } from '../graphql.js';
import { go, list } from '../state.js';
import { reference, findKommun } from '../reference.js';
import { kommunField, lanSelect } from './kommunval.js';
import { promiseDetails } from './loftelista.js';

const COMPARE = `query($kommuner: [String!]!, $years: [Int!]) {
  compare(kommuner: $kommuner, years: $years) {
    kommuner { code name }
    themes { code sv }
    cells { kommun { code } theme { code } promiseCount
            promises { id text actors themes { code sv } targets { count per unit } places lofte { years } } }
  }
}`;

export async function jamfor(view, state) {
  const ref = await reference();
  const chosen = list(state.kommuner).filter((code) => ref.byCode.has(code));
  const year = /^\d{4}$/.test(state.ar ?? '') ? Number(state.ar) : null;
  const update = (changes) => go({ ...state, ...changes });

  view.append(h('h1', {}, 'Jämför kommuner'),
    h('p', { class: 'ingress' }, 'Välj kommuner, en och en eller ett helt län, och se deras löften tema för tema.'));

  const add = kommunField(ref, { label: 'Lägg till kommun' });
  const problem = h('p', { class: 'fel', role: 'alert', hidden: true });
  view.append(h('form', {
    class: 'val', onsubmit: (event) => {
      event.preventDefault();
      const kommun = findKommun(ref, add.input.value);
      if (!kommun) {
        problem.hidden = false;
        problem.textContent = `Ingen kommun heter "${add.input.value}". Välj ett namn ur listan.`;
        add.input.focus();
        return;
      }
      update({ kommuner: [...new Set([...chosen, kommun.code])].join(','), cell: '' });
    },
  }, add.element, h('button', { type: 'submit' }, 'Lägg till'), problem));

  const lan = lanSelect(ref, { label: 'eller alla kommuner i ett län', empty: 'Välj län' });
  view.append(h('form', {
    class: 'val', onsubmit: (event) => {
      event.preventDefault();
      if (!lan.select.value) return;
      const codes = ref.kommuner.filter((k) => k.lan.code === lan.select.value).map((k) => k.code);
      update({ kommuner: [...new Set([...chosen, ...codes])].join(','), cell: '' });
    },
  }, lan.element, h('button', { type: 'submit' }, 'Lägg till länet')));

  const yearInput = h('input', { id: 'jamfor-ar', name: 'ar', inputmode: 'numeric', pattern: '\\d{4}', value: year ?? '', placeholder: 'alla år', size: 6 });
  view.append(h('form', {
    class: 'val', onsubmit: (event) => { event.preventDefault(); update({ ar: yearInput.value.trim(), cell: '' }); },
  }, h('p', { class: 'falt' }, h('label', { for: 'jamfor-ar' }, 'År'), yearInput), h('button', { type: 'submit' }, 'Visa år')));

  if (chosen.length === 0) {
    view.append(h('p', {}, 'Inga kommuner valda ännu.'));
    return;
  }
  view.append(h('ul', { class: 'valda', 'aria-label': 'Valda kommuner' }, chosen.map((code) => h('li', {},
    h('a', { href: `/?vy=kommun&kod=${code}` }, ref.byCode.get(code).name), ' ',
    h('button', {
      type: 'button', class: 'ta-bort', 'aria-label': `Ta bort ${ref.byCode.get(code).name}`,
      onclick: () => update({ kommuner: chosen.filter((c) => c !== code).join(','), cell: '' }),
    }, '×')))));

  const { compare } = await query(COMPARE, { kommuner: chosen, years: year ? [year] : null });
  const cells = new Map(compare.cells.map((c) => [`${c.kommun.code}:${c.theme.code}`, c]));
  const kommuner = compare.kommuner;

  const table = h('table', { class: 'jamforelse' },
    h('caption', {}, `Antal löften per tema${year ? ` som gäller ${year}` : ''}. Välj ett antal för att läsa löftena.`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tema'), kommuner.map((k) => h('th', { scope: 'col' }, k.name)))),
    h('tbody', {}, compare.themes.map((theme) => h('tr', {},
      h('th', { scope: 'row' }, theme.sv),
      kommuner.map((k) => {
        const cell = cells.get(`${k.code}:${theme.code}`);
        const count = cell?.promiseCount ?? 0;
        if (count === 0) return h('td', { class: 'noll' }, h('span', { 'aria-label': `Inga löften om ${theme.sv} i ${k.name}` }, '–'));
        const key = `${k.code}:${theme.code}`;
        return h('td', {}, h('button', {
          type: 'button', class: 'antal', 'aria-pressed': String(state.cell === key),
          'aria-label': `${count} löften om ${theme.sv} i ${k.name}`,
          onclick: () => update({ cell: key }),
        }, String(count)));
      })))));
  view.append(h('div', { class: 'tabell' }, table));

  const open = state.cell ? cells.get(state.cell) : undefined;
  if (open) {
    const k = kommuner.find((x) => x.code === open.kommun.code);
    const theme = compare.themes.find((t) => t.code === open.theme.code);
    view.append(h('section', { class: 'cell', 'aria-labelledby': 'cell-rubrik' },
      h('h2', { id: 'cell-rubrik', tabindex: '-1', 'data-fokus': true }, `${k.name} · ${theme.sv}`),
      h('ol', { class: 'loften' }, open.promises.map((p) => h('li', {},
        h('p', {}, p.text),
        promiseDetails(p),
        h('p', { class: 'kalla' }, `Medborgarlöfte ${years(p.lofte.years)} · `,
          h('a', { href: `/?vy=kommun&kod=${k.code}` }, `Läs ${genitive(k.name)} löften och källorna`)))))));
  }
}
