// One kommun's löften over the years, each promise with its details and every document with its sources.
import { h, lofteTitle, date, statusText, KIND } from '../dom.js';
import { query } from '../graphql.js';
import { go } from '../state.js';
import { reference, findKommun } from '../reference.js';
import { kommunField } from './kommunval.js';
import { promiseDetails } from './loftelista.js';
import { followUp, followUpsOfKommun } from './uppfoljning.js';

const KOMMUN = `query($code: String!) {
  kommun(code: $code) {
    code name lan { name } lokalpolisomraden { name }
    loften {
      key years status area
      kommuner { code name }
      promises { id ordinal text actors themes { code sv } targets { count per unit } places }
      documents { kind title published url snapshot { fetchedAt sha256 archiveUrl attribution } }
    }
  }
}`;

export async function kommun(view, state) {
  const ref = await reference();
  const field = kommunField(ref, { label: 'Kommun', name: 'kod', required: true });
  const problem = h('p', { class: 'fel', role: 'alert', hidden: true });
  const chooser = h('form', {
    class: 'val', onsubmit: (event) => {
      event.preventDefault();
      const chosen = findKommun(ref, field.input.value);
      if (!chosen) {
        problem.hidden = false;
        problem.textContent = `Ingen kommun heter "${field.input.value}". Välj ett namn ur listan.`;
        return;
      }
      go({ vy: 'kommun', kod: chosen.code });
    },
  }, field.element, h('button', { type: 'submit' }, 'Visa löften'), problem);

  if (!state.kod) {
    view.append(h('h1', {}, 'En kommuns löften'), h('p', { class: 'ingress' }, 'Välj en kommun för att läsa dess medborgarlöften genom åren.'), chooser);
    return;
  }
  const [{ kommun: k }, reported] = await Promise.all([query(KOMMUN, { code: state.kod }), followUpsOfKommun(state.kod)]);
  if (!k) {
    view.append(h('h1', {}, 'Okänd kommun'), h('p', { class: 'fel', role: 'alert' }, `Ingen kommun har koden ${state.kod}.`), chooser);
    return;
  }

  view.append(
    h('h1', { tabindex: '-1', 'data-fokus': true }, k.name),
    h('p', { class: 'ingress' }, `${k.lan.name} · kommunkod ${k.code}`,
      k.lokalpolisomraden.length ? ` · lokalpolisområde ${k.lokalpolisomraden.map((l) => l.name).join(', ')}` : ''),
    h('p', {}, h('a', { href: `/?vy=jamfor&kommuner=${k.code}` }, 'Jämför med andra kommuner')));

  if (k.loften.length === 0) {
    view.append(h('p', {}, 'Inga medborgarlöften har lästs in för kommunen ännu.'));
  }
  for (const lofte of k.loften) {
    const others = lofte.kommuner.filter((x) => x.code !== k.code);
    view.append(h('section', { class: 'lofte', 'aria-labelledby': `lofte-${lofte.key}` },
      h('h2', { id: `lofte-${lofte.key}` }, lofteTitle(lofte.years), lofte.area ? ` · ${lofte.area}` : ''),
      h('p', { class: `status status-${lofte.status.toLowerCase()}` }, `Status: ${statusText(lofte)}`,
        others.length ? ` · gemensamt med ${others.map((x) => x.name).join(', ')}` : ''),
      lofte.promises.length
        ? h('ol', { class: 'loften' }, lofte.promises.map((p) => h('li', { id: `lofte-${p.id}` }, h('p', {}, p.text), promiseDetails(p), followUp(reported.get(p.id) ?? { status: null, followUps: [] }))))
        : h('p', {}, 'Löftestexten är ännu inte inläst: källorna nedan nämner löftet.'),
      h('h3', {}, 'Källor'),
      h('ul', { class: 'kallor' }, lofte.documents.map((d) => h('li', {},
        `${KIND[d.kind] ?? d.kind}: `, h('cite', {}, d.title), d.published ? ` (publicerad ${date(d.published)})` : '', ' · ',
        d.url ? h('a', { href: d.url, rel: 'noopener' }, 'originalet') : h('span', {}, 'adressen är inte känd'), ' · ',
        h('a', { href: d.snapshot.archiveUrl }, `arkiverad kopia, sparad ${date(d.snapshot.fetchedAt)}`),
        d.snapshot.attribution ? h('p', { class: 'attribution' }, d.snapshot.attribution) : null)))));
  }
}
