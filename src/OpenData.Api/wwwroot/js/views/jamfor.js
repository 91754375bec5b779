// Kommuner side by side: themes × kommuner with counts, each count opening the promises behind it. The grid asks
// only for counts, so that a whole län (Västra Götaland's 49 kommuner) stays within the API's query budget; the
// promises of a cell are asked for when it is opened.
import { h, lofteTitle, genitive, plural } from '../dom.js';
import { query, GraphQLError } from '../graphql.js';
import { go, list } from '../state.js';
import { reference, findKommun } from '../reference.js';
import { kommunField, lanSelect } from './kommunval.js';
import { promiseDetails } from './loftelista.js';
import { followUp, FOLLOW_UP_FIELDS } from './uppfoljning.js';

/** As many as compare takes at once. */
const MAX_KOMMUNER = 50;

const COUNTS = `query($kommuner: [String!]!, $years: [Int!]) {
  compare(kommuner: $kommuner, years: $years) {
    kommuner { code name }
    cells { kommun { code } theme { code } promiseCount }
    followUps { kommun { code } promises followedUp reportedDone }
  }
}`;

const CELL = `query($kommuner: [String!]!, $years: [Int!]) {
  compare(kommuner: $kommuner, years: $years) {
    cells { theme { code } promises { id text actors themes { code sv } targets { count per unit } places lofte { years } ${FOLLOW_UP_FIELDS} } }
  }
}`;

export async function jamfor(view, state) {
  const ref = await reference();
  const chosen = list(state.kommuner).filter((code) => ref.byCode.has(code));
  const year = /^\d{4}$/.test(state.ar ?? '') ? Number(state.ar) : null;
  const update = (changes) => go({ ...state, ...changes });

  view.append(h('h1', {}, 'Jämför kommuner'),
    h('p', { class: 'ingress' }, 'Välj kommuner, en och en eller ett helt län, och se deras löften tema för tema.'));

  const tooMany = (codes) => `Högst ${MAX_KOMMUNER} kommuner kan jämföras på en gång, och det blir ${codes.length}. Ta bort några först.`;

  const add = kommunField(ref, { label: 'Lägg till kommun' });
  const problem = h('p', { class: 'fel', role: 'alert', hidden: true });
  const say = (element, text) => { element.hidden = false; element.textContent = text; };
  view.append(h('form', {
    class: 'val', onsubmit: (event) => {
      event.preventDefault();
      const kommun = findKommun(ref, add.input.value);
      if (!kommun) {
        say(problem, `Ingen kommun heter "${add.input.value}". Välj ett namn ur listan.`);
        add.input.focus();
        return;
      }
      const codes = [...new Set([...chosen, kommun.code])];
      if (codes.length > MAX_KOMMUNER) {
        say(problem, tooMany(codes));
        return;
      }
      update({ kommuner: codes.join(','), cell: '' });
    },
  }, add.element, h('button', { type: 'submit' }, 'Lägg till'), problem));

  const lan = lanSelect(ref, { label: 'eller alla kommuner i ett län', empty: 'Välj län' });
  const lanProblem = h('p', { class: 'fel', role: 'alert', hidden: true });
  view.append(h('form', {
    class: 'val', onsubmit: (event) => {
      event.preventDefault();
      if (!lan.select.value) {
        say(lanProblem, 'Välj ett län i listan först.');
        return;
      }
      const codes = [...new Set([...chosen, ...ref.kommuner.filter((k) => k.lan.code === lan.select.value).map((k) => k.code)])];
      if (codes.length > MAX_KOMMUNER) {
        say(lanProblem, tooMany(codes));
        return;
      }
      update({ kommuner: codes.join(','), cell: '' });
    },
  }, lan.element, h('button', { type: 'submit' }, 'Lägg till länet'), lanProblem));

  const yearInput = h('input', { id: 'jamfor-ar', name: 'ar', inputmode: 'numeric', pattern: '\\d{4}', value: year ?? '', placeholder: 'i år', size: 6, 'aria-describedby': 'jamfor-ar-hjalp' });
  view.append(h('form', {
    class: 'val', onsubmit: (event) => { event.preventDefault(); update({ ar: yearInput.value.trim(), cell: '' }); },
  }, h('p', { class: 'falt' }, h('label', { for: 'jamfor-ar' }, 'År'), yearInput,
    h('span', { id: 'jamfor-ar-hjalp', class: 'hjalp' }, 'Tomt: de löften som gäller nu.')),
  h('button', { type: 'submit' }, 'Visa år')));

  if (chosen.length === 0) {
    view.append(h('p', {}, 'Inga kommuner valda ännu.'));
    return;
  }
  view.append(h('ul', { class: 'valda', 'aria-label': 'Valda kommuner' }, chosen.map((code) => h('li', {},
    h('a', { href: `/?vy=kommun&kod=${code}` }, ref.byCode.get(code).name), ' ',
    h('button', {
      type: 'button', class: 'ta-bort', 'aria-label': `Ta bort ${ref.byCode.get(code).name}`,
      onclick: () => update({ kommuner: chosen.filter((c) => c !== code).join(','), cell: '' }),
    }, '×')))),
  chosen.length > 1 ? h('p', {}, h('button', { type: 'button', class: 'lank', onclick: () => update({ kommuner: '', cell: '' }) }, 'Ta bort alla')) : null);

  // A refusal or a failure is shown under the forms, which stay: the reader can choose again.
  let compare;
  try {
    ({ compare } = await query(COUNTS, { kommuner: chosen, years: year ? [year] : null }));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    view.append(h('p', { class: 'fel', role: 'alert' }, error.message));
    return;
  }
  const cells = new Map(compare.cells.map((c) => [`${c.kommun.code}:${c.theme.code}`, c]));
  const kommuner = compare.kommuner;

  const table = h('table', { class: 'jamforelse' },
    h('caption', {}, `Antal löften per tema ${year ? `i de medborgarlöften som gällde ${year}` : 'i de medborgarlöften som gäller nu'}. Välj ett antal för att läsa löftena.`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tema'), kommuner.map((k) => h('th', { scope: 'col' }, k.name)))),
    h('tbody', {}, ref.themes.map((theme) => h('tr', {},
      h('th', { scope: 'row' }, theme.sv),
      kommuner.map((k) => {
        const key = `${k.code}:${theme.code}`;
        const count = cells.get(key)?.promiseCount ?? 0;
        if (count === 0) return h('td', { class: 'noll' }, h('span', { 'aria-label': `Inga löften om ${theme.sv} i ${k.name}` }, '–'));
        return h('td', {}, h('button', {
          type: 'button', class: 'antal', 'aria-pressed': String(state.cell === key),
          'aria-label': `${plural(count, 'löfte', 'löften')} om ${theme.sv} i ${k.name}`,
          onclick: () => update({ cell: key }),
        }, String(count)));
      })))));
  const reported = new Map(compare.followUps.map((f) => [f.kommun.code, f]));
  const followUps = h('table', { class: 'uppfoljningar' },
    h('caption', {}, 'Uppföljningar: hur många av löftena som har en publicerad uppföljning, och hur många av dem som rapporterats genomförda. Uppgifterna är polisens och kommunens egna.'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kommun'), h('th', { scope: 'col' }, 'Löften'),
      h('th', { scope: 'col' }, 'Med publicerad uppföljning'), h('th', { scope: 'col' }, 'Rapporterat genomfört'))),
    h('tbody', {}, kommuner.map((k) => {
      const f = reported.get(k.code) ?? { promises: 0, followedUp: 0, reportedDone: 0 };
      return h('tr', { 'data-kod': k.code }, h('th', { scope: 'row' }, k.name), h('td', {}, String(f.promises)),
        h('td', {}, String(f.followedUp)), h('td', {}, String(f.reportedDone)));
    })));
  view.append(h('div', { class: 'tabell' }, table),
    h('p', { class: 'hjalp' }, 'Ett streck (–) betyder att inget löfte om temat har lästs in för kommunen, inte att kommunen inte lovar något om det.'),
    h('div', { class: 'tabell' }, followUps));

  const [openKommun, openTheme] = (state.cell ?? '').split(':');
  const k = kommuner.find((x) => x.code === openKommun);
  const theme = ref.themes.find((t) => t.code === openTheme);
  if (!k || !theme || !cells.get(state.cell)?.promiseCount) return;
  let promises;
  try {
    const answer = await query(CELL, { kommuner: [k.code], years: year ? [year] : null });
    promises = answer.compare.cells.find((c) => c.theme.code === theme.code)?.promises ?? [];
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    view.append(h('p', { class: 'fel', role: 'alert' }, error.message));
    return;
  }
  view.append(h('section', { class: 'cell', 'aria-labelledby': 'cell-rubrik' },
    h('h2', { id: 'cell-rubrik', tabindex: '-1', 'data-fokus': true }, `${k.name} · ${theme.sv}`),
    h('ol', { class: 'loften' }, promises.map((p) => h('li', {},
      h('p', {}, p.text),
      promiseDetails(p),
      followUp(p),
      h('p', { class: 'kalla' }, `${lofteTitle(p.lofte.years)} · `,
        h('a', { href: `/?vy=kommun&kod=${k.code}` }, `Läs ${genitive(k.name)} löften och källorna`)))))));
}
