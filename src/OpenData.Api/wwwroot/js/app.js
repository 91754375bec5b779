// The page: four views over the GraphQL API, chosen by ?vy= in the address.
import { h, replace } from './dom.js';
import { read } from './state.js';
import { GraphQLError } from './graphql.js';
import { jamfor } from './views/jamfor.js';
import { kommun } from './views/kommun.js';
import { sok } from './views/sok.js';
import { tackning } from './views/tackning.js';
import { holdings, holdingsText } from './views/innehall.js';

const VIEWS = { jamfor, kommun, sok, tackning };
const TITLES = { jamfor: 'Jämför kommuner', kommun: 'En kommuns löften', sok: 'Sök löften', tackning: 'Täckning' };

const main = document.getElementById('innehall');
let rendering = 0;

async function render({ focus = false } = {}) {
  const state = read();
  const name = VIEWS[state.vy] ? state.vy : 'jamfor';
  const ticket = ++rendering;
  document.title = `${TITLES[name]} – Medborgarlöften`;
  for (const link of document.querySelectorAll('nav a[data-vy]')) {
    if (link.dataset.vy === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const view = h('div', { class: 'vy' });
  try {
    await VIEWS[name](view, state);
  } catch (error) {
    // What the view built before the failure (its forms) stays, so that the reader can choose again.
    const message = error instanceof GraphQLError ? error.message : 'Något gick fel när sidan skulle visas.';
    view.append(h('p', { class: 'fel', role: 'alert' }, message));
    if (!(error instanceof GraphQLError)) console.error(error);
  }
  if (ticket !== rendering) return; // a newer navigation has started
  replace(main, view);
  // After a search or a choice, the result takes the focus; after navigation, the view as a whole.
  const target = view.querySelector('[data-fokus]');
  if (focus) (target ?? main).focus();
}

// Links inside the page change the view without reloading it.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="/?"]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  render({ focus: true });
});
window.addEventListener('popstate', () => render({ focus: true }));
window.addEventListener('statechange', () => render({ focus: true }));
render();

// The footer says what the database holds, on every view.
holdings().then((held) => {
  const note = document.getElementById('datamangd');
  if (note) replace(note, holdingsText(held));
}).catch(() => {});
