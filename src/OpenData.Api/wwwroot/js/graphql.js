// The page's only way to the data: POST /graphql on the same origin. No other network is used.

export class GraphQLError extends Error {}

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
  if (response.status === 429) {
    throw new GraphQLError('För många frågor på kort tid. Vänta en stund och försök igen.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`Oväntat svar från tjänsten (${response.status}).`);
  }
  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join(' '));
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
