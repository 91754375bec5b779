// A small GraphQL explorer: no dependencies, the schema read by introspection from the same endpoint.
import { h, replace } from './dom.js';

const EXAMPLES = {
  'En kommun med löften och källor': `{
  kommun(code: "2463") {
    name
    lan { name }
    loften {
      years status
      promises { text actors themes { code sv } targets { count per unit } places }
      documents { kind title published url snapshot { fetchedAt sha256 archiveUrl } }
    }
  }
}`,
  'Jämför två kommuner tema för tema, 2017': `{
  compare(kommuner: ["2463", "2380"], years: [2017]) {
    kommuner { name }
    cells { kommun { name } theme { sv } promiseCount }
  }
}`,
  'Löften om skolor, sida för sida': `query($after: String) {
  promises(search: "skolor", first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { text lofte { years kommuner { name } } }
  }
}`,
  'Täckning 2017': `{ coverage(year: 2017) { year kommunerWithLofte kommunerWith { name } } }`,
  'Vad databasen innehåller': `{ holdings { loften promises kommunerWithLofte recordedPages fetchedPages firstReadAt lastReadAt lastHarvestMode } }`,
};

const INTROSPECTION = `{ __schema { queryType { name } types { name kind description
  fields { name description args { name type { ...T } } type { ...T } }
  inputFields { name description type { ...T } } enumValues { name description } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

const queryBox = document.getElementById('query');
const variablesBox = document.getElementById('variables');
const answer = document.getElementById('svar');
const examples = document.getElementById('exempel');
const schemaBox = document.getElementById('schema');

for (const name of Object.keys(EXAMPLES)) examples.append(h('option', { value: name }, name));
const start = new URLSearchParams(location.search).get('query');
queryBox.value = start ?? EXAMPLES[examples.value];
examples.addEventListener('change', () => { queryBox.value = EXAMPLES[examples.value]; });

async function run() {
  let variables;
  try {
    variables = JSON.parse(variablesBox.value || '{}');
  } catch {
    answer.textContent = 'Variablerna är inte giltig JSON.';
    return;
  }
  answer.textContent = 'Kör …';
  history.replaceState(null, '', `?query=${encodeURIComponent(queryBox.value)}`);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: queryBox.value, variables }),
  });
  answer.textContent = `HTTP ${response.status}\n\n${JSON.stringify(await response.json(), null, 2)}`;
}

document.getElementById('fraga').addEventListener('submit', (event) => { event.preventDefault(); run(); });
queryBox.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
});

function typeName(t) {
  if (t.kind === 'NON_NULL') return `${typeName(t.ofType)}!`;
  if (t.kind === 'LIST') return `[${typeName(t.ofType)}]`;
  return t.name;
}

function named(t) { return t.ofType ? named(t.ofType) : t.name; }

async function showSchema() {
  const response = await fetch('/graphql', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: INTROSPECTION }),
  });
  const { data } = await response.json();
  const types = new Map(data.__schema.types.filter((t) => !t.name.startsWith('__')).map((t) => [t.name, t]));
  const typeLink = (t) => {
    const name = named(t);
    return types.has(name) && types.get(name).kind !== 'SCALAR'
      ? h('button', { type: 'button', class: 'typ', onclick: () => show(name) }, typeName(t))
      : typeName(t);
  };
  const show = (name, focus = true) => {
    const t = types.get(name);
    const members = t.fields ?? t.inputFields ?? [];
    replace(schemaBox,
      name !== data.__schema.queryType.name ? h('p', {}, h('button', { type: 'button', class: 'typ', onclick: () => show(data.__schema.queryType.name) }, '← Query')) : null,
      h('h3', { tabindex: '-1' }, `${t.kind.toLowerCase()} ${t.name}`),
      t.description ? h('p', {}, t.description) : null,
      h('dl', {}, members.map((f) => [
        h('dt', {}, f.name, f.args?.length ? ['(', f.args.map((a, i) => [i ? ', ' : '', `${a.name}: `, typeLink(a.type)]), ')'] : '', ': ', typeLink(f.type)),
        f.description ? h('dd', {}, f.description) : null,
      ]), (t.enumValues ?? []).map((v) => [h('dt', {}, v.name), v.description ? h('dd', {}, v.description) : null])));
    if (focus) schemaBox.querySelector('h3').focus();
  };
  show(data.__schema.queryType.name, false);
}

showSchema().catch(() => { schemaBox.textContent = 'Schemat kunde inte läsas.'; });
