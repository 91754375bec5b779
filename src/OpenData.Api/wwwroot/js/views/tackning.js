// Which kommuner have a löfte in force in a year, län by län.
import { h } from '../dom.js';
import { query } from '../graphql.js';
import { go } from '../state.js';
import { reference } from '../reference.js';
import { holdingsNote } from './innehall.js';

const COVERAGE = `query($year: Int) { coverage(year: $year) { year kommunerWithLofte kommunerWithout { code } } }`;

export async function tackning(view, state) {
  const ref = await reference();
  const requested = /^\d{4}$/.test(state.ar ?? '') ? Number(state.ar) : null;
  const { coverage } = await query(COVERAGE, { year: requested });
  const without = new Set(coverage.kommunerWithout.map((k) => k.code));

  // Of a past year, in the past tense: "som gällde 2017".
  const verb = coverage.year < new Date().getFullYear() ? 'gällde' : 'gäller';
  const yearInput = h('input', { id: 'tackning-ar', name: 'ar', inputmode: 'numeric', pattern: '\\d{4}', value: coverage.year, size: 6 });
  view.append(
    h('h1', { tabindex: '-1', 'data-fokus': true }, `Täckning ${coverage.year}`),
    h('p', { class: 'ingress' }, `${coverage.kommunerWithLofte} av ${ref.kommuner.length} kommuner ${coverage.year < new Date().getFullYear() ? 'hade' : 'har'} ett medborgarlöfte som ${verb} ${coverage.year}.`),
    await holdingsNote(),
    h('form', { class: 'val', onsubmit: (event) => { event.preventDefault(); go({ vy: 'tackning', ar: yearInput.value.trim() }); } },
      h('p', { class: 'falt' }, h('label', { for: 'tackning-ar' }, 'År'), yearInput), h('button', { type: 'submit' }, 'Visa')));

  const rows = ref.lan.map((lan) => {
    const kommuner = ref.kommuner.filter((k) => k.lan.code === lan.code);
    const med = kommuner.filter((k) => !without.has(k.code));
    return { lan, kommuner, med };
  });
  const links = (list) => list.length
    ? list.map((k, i) => [i ? ', ' : '', h('a', { href: `/?vy=kommun&kod=${k.code}` }, k.name)])
    : '–';
  view.append(h('div', { class: 'tabell' }, h('table', { class: 'tackning' },
    h('caption', {}, `Kommuner med och utan ett medborgarlöfte som ${verb} ${coverage.year}, per län`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Län'), h('th', { scope: 'col' }, 'Med löfte'), h('th', { scope: 'col' }, 'Utan löfte'))),
    h('tbody', {}, rows.map(({ lan, kommuner, med }) => h('tr', {},
      h('th', { scope: 'row' }, lan.name, h('span', { class: 'andel' }, ` ${med.length} av ${kommuner.length}`)),
      h('td', { 'data-rubrik': 'Med löfte' }, links(med)),
      h('td', { 'data-rubrik': 'Utan löfte' }, links(kommuner.filter((k) => without.has(k.code))))))))));
}
