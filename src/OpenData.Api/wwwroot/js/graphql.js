// The page's only way to the data: POST /graphql on the same origin. No other network is used. What the API says
// is written for developers, in English: the page tells its reader in Swedish what happened and what to do.

export class GraphQLError extends Error {
  constructor(message, { code, detail } = {}) {
    super(message);
    this.code = code;
    this.detail = detail;
  }
}

/** The reader's words for each refusal the page can meet, by the error's code or the answer's HTTP status. */
const REFUSALS = {
  QUERY_TOO_LARGE: 'Frågan blev för stor för tjänsten. Jämför färre kommuner åt gången.',
  ANSWER_TOO_LARGE: 'Svaret blev för stort för att visas på en gång. Välj färre kommuner eller ett enskilt år.',
  429: 'För många frågor på kort tid. Vänta en stund och försök igen.',
  503: 'Tjänsten har många stora frågor att svara på just nu. Försök igen om några sekunder.',
  504: 'Frågan tog för lång tid och avbröts. Välj färre kommuner och försök igen.',
};

export async function query(text, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch {
    throw new GraphQLError('Tjänsten svarar inte. Försök igen om en stund.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(REFUSALS[response.status] ?? `Oväntat svar från tjänsten (HTTP ${response.status}). Försök igen om en stund.`);
  }
  if (body.errors?.length) {
    const code = body.errors.map((e) => e.extensions?.code).find((c) => REFUSALS[c]);
    const detail = body.errors.map((e) => e.message).join(' ');
    console.warn('GraphQL:', detail);
    throw new GraphQLError(REFUSALS[code] ?? REFUSALS[response.status] ?? 'Tjänsten kunde inte svara på frågan. Försök igen, eller välj något annat.', { code, detail });
  }
  if (!response.ok || !body.data) {
    throw new GraphQLError(REFUSALS[response.status] ?? `Oväntat svar från tjänsten (HTTP ${response.status}). Försök igen om en stund.`);
  }
  return body.data;
}

/** Every item of a Relay connection, page by page (at most 100 a page). */
export async function all(text, field, variables = {}) {
  const items = [];
  let after = null;
  do {
    const data = await query(text, { ...variables, after });
    const page = data[field];
    items.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return items;
}
