// Which kommuner have a löfte in force in a year, län by län, and for each kommun what that rests on: the addresses
// known for it, how each was found, and what each answered last. "Inte hämtat än" (nobody has asked yet) is kept
// apart from "Inget löfte hittat" (asked, and nothing there).
import { h, replace } from '../dom.js';
import { query } from '../graphql.js';
import { go } from '../state.js';
import { reference } from '../reference.js';
import { holdingsNote } from './innehall.js';

const COVERAGE = `query($year: Int) { coverage(year: $year) { year kommunerWithLofte kommuner { kommun { code } state } } }`;
const DETAIL = `query($year: Int, $lan: String) { coverage(year: $year, lan: $lan) { kommuner {
  kommun { code name } state lofteYears lastFetched
  sources { url kind basis foundBy seenYears lastFetched lastStatus lastError } } } }`;

// In the order a reader scans them: what is known, then what is not.
const STATES = [
  ['IN_FORCE', 'Löfte gäller'],
  ['ENDED', 'Löftet har gått ut'],
  ['UNDATED', 'Löfte utan känd period'],
  ['NONE_FOUND', 'Inget löfte hittat'],
  ['FAILING', 'Källan svarar inte'],
  ['NOT_TRIED', 'Inte hämtat än'],
];
const STATE_NAMES = Object.fromEntries(STATES);

const BASIS = {
  'seen-published': 'sedd publicerad',
  guess: 'gissad adress',
  discovered: 'hittad av insamlingen',
  linked: 'länkad från en löftessida',
  registered: 'registrerad',
};

const FOUND_BY = {
  census: 'i kartläggningen av publicerade sidor',
  'slug-rule': 'efter polisen.se:s adressregel',
  'guessed-path': 'efter en vanlig sökväg på kommunens webbplats',
  'polisen-pattern': 'under ett annat adressmönster på polisen.se',
  redirect: 'dit en gammal adress skickade vidare',
  sitemap: 'i webbplatsens sitemap',
  'linked-page': 'genom en länk från en löftessida',
};

const day = (iso) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function answer(source) {
  if (!source.lastFetched) return source.lastError ? `inte hämtad: ${source.lastError}` : 'inte hämtad än';
  const status = source.lastStatus;
  const what = status === 200 ? 'svarade'
    : status === 304 ? 'oförändrad'
      : status === 404 || status === 410 ? 'finns inte längre'
        : status ? 'fel' : `inget svar${source.lastError ? `: ${source.lastError}` : ''}`;
  return `hämtad ${day(source.lastFetched)}: ${what}${status ? ` (HTTP ${status})` : ''}`;
}

function sourceItem(source) {
  const how = [
    source.kind === 'DiscoveryProbe' ? 'provad adress' : BASIS[source.basis] ?? source.basis,
    source.seenYears.length ? `med löften för ${source.seenYears.join(', ').replaceAll('-', '–')}` : null,
    FOUND_BY[source.foundBy] ?? null,
  ].filter(Boolean).join(', ');
  return h('li', {}, h('a', { href: source.url, rel: 'noopener noreferrer' }, source.url), h('span', { class: 'andel' }, `${how}; ${answer(source)}`));
}

async function loadLan(container, year, lan) {
  replace(container, h('p', { role: 'status' }, 'Hämtar …'));
  const { coverage } = await query(DETAIL, { year, lan: lan.code });
  replace(container, h('div', { class: 'tabell' }, h('table', { class: 'kallor' },
    h('caption', {}, `Vad som är känt om kommunerna i ${lan.name} ${year}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kommun'), h('th', { scope: 'col' }, 'Läge'), h('th', { scope: 'col' }, 'Kända adresser'))),
    h('tbody', {}, coverage.kommuner.map((k) => h('tr', { 'data-kod': k.kommun.code },
      h('th', { scope: 'row' }, h('a', { href: `/?vy=kommun&kod=${k.kommun.code}` }, k.kommun.name)),
      h('td', {}, STATE_NAMES[k.state] ?? k.state,
        k.lofteYears.length ? h('span', { class: 'andel' }, `löften för ${k.lofteYears.join(', ')}`) : null,
        h('span', { class: 'andel' }, k.lastFetched ? `senast hämtad ${day(k.lastFetched)}` : 'aldrig hämtad')),
      h('td', {}, k.sources.length ? h('ul', { class: 'kallor' }, k.sources.map(sourceItem)) : 'Ingen känd adress')))))));
}

export async function tackning(view, state) {
  const ref = await reference();
  const requested = /^\d{4}$/.test(state.ar ?? '') ? Number(state.ar) : null;
  const { coverage } = await query(COVERAGE, { year: requested });
  const stateOf = new Map(coverage.kommuner.map((k) => [k.kommun.code, k.state]));
  const count = (s) => coverage.kommuner.filter((k) => k.state === s).length;

  // Of a past year, in the past tense: "som gällde 2017".
  const verb = coverage.year < new Date().getFullYear() ? 'gällde' : 'gäller';
  const yearInput = h('input', { id: 'tackning-ar', name: 'ar', inputmode: 'numeric', pattern: '\\d{4}', value: coverage.year, size: 6 });
  view.append(
    h('h1', { tabindex: '-1', 'data-fokus': true }, `Täckning ${coverage.year}`),
    h('p', { class: 'ingress' }, `${coverage.kommunerWithLofte} av ${ref.kommuner.length} kommuner ${coverage.year < new Date().getFullYear() ? 'hade' : 'har'} ett medborgarlöfte som ${verb} ${coverage.year}.`),
    await holdingsNote(),
    h('p', { class: 'lagen' }, STATES.map(([s, name], i) => [i ? ' · ' : '', `${name}: ${count(s)}`])),
    h('p', {}, '”Inget löfte hittat” betyder att kommunens kända adresser har frågats och inget löfte fanns där. ',
      '”Inte hämtat än” betyder att ingen har frågat ännu: det säger inget om huruvida kommunen har ett löfte.'),
    h('form', { class: 'val', onsubmit: (event) => { event.preventDefault(); go({ vy: 'tackning', ar: yearInput.value.trim() }); } },
      h('p', { class: 'falt' }, h('label', { for: 'tackning-ar' }, 'År'), yearInput), h('button', { type: 'submit' }, 'Visa')));

  const rows = ref.lan.map((lan) => {
    const kommuner = ref.kommuner.filter((k) => k.lan.code === lan.code);
    return { lan, kommuner, med: kommuner.filter((k) => stateOf.get(k.code) === 'IN_FORCE') };
  });
  const links = (list) => list.length
    ? list.map((k, i) => [i ? ', ' : '', h('a', { href: `/?vy=kommun&kod=${k.code}` }, k.name)])
    : '–';
  view.append(h('div', { class: 'tabell' }, h('table', { class: 'tackning' },
    h('caption', {}, `Kommunerna ${coverage.year} per län: med ett medborgarlöfte som ${verb} och, för de andra, vad som är känt`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Län'), STATES.map(([, name]) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, rows.map(({ lan, kommuner, med }) => h('tr', {},
      h('th', { scope: 'row' }, lan.name, h('span', { class: 'andel' }, ` ${med.length} av ${kommuner.length}`)),
      STATES.map(([s, name]) => h('td', { 'data-rubrik': name }, links(kommuner.filter((k) => stateOf.get(k.code) === s))))))))));

  view.append(h('h2', {}, 'Källor per kommun'),
    h('p', {}, 'Öppna ett län för att se varje kommuns kända adresser, hur de hittades och vad de svarade senast.'),
    ...rows.map(({ lan }) => {
      const body = h('div', {});
      const details = h('details', { class: 'lan-kallor', 'data-lan': lan.code }, h('summary', {}, lan.name), body);
      let loaded = false;
      details.addEventListener('toggle', () => {
        if (details.open && !loaded) {
          loaded = true;
          loadLan(body, coverage.year, lan).catch((error) => { loaded = false; replace(body, h('p', { role: 'alert' }, error.message)); });
        }
      });
      return details;
    }));
}
