// What was reported about a promise: its status in words, and the follow-up behind it with a link to the archived copy.
import { h, date, ACTOR } from '../dom.js';

import { query } from '../graphql.js';

/** The GraphQL fields the page shows of a promise's follow-ups. */
export const FOLLOW_UP_FIELDS = `status followUps { status text period reportedBy count countUnit shareOfTarget
  document { title snapshot { fetchedAt archiveUrl } } }`;

/** Most kommuner's follow-ups fit one page; a bound on the pages keeps a broken cursor from asking forever. */
const PAGE = 50;
const MAX_PAGES = 20;

const FOLLOWED_UP = `query($kommun: String!, $after: String) {
  promises(where: { kommun: { eq: $kommun }, followedUp: true }, first: ${PAGE}, after: $after) {
    nodes { id ${FOLLOW_UP_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * A kommun's followed-up promises by id, asked apart from its löften: a kommun's ten löften with every promise's
 * reports and their documents would exceed the API's query budget in one question.
 */
export async function followUpsOfKommun(code) {
  const byId = new Map();
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { promises } = await query(FOLLOWED_UP, { kommun: code, after });
    for (const p of promises.nodes) byId.set(p.id, p);
    if (!promises.pageInfo.hasNextPage) break;
    after = promises.pageInfo.endCursor;
  }
  return byId;
}

/** A status as a Swedish sentence says it of "löftet": "genomfört", "delvis genomfört" … */
export const STATUS = {
  DONE: 'genomfört',
  PARTLY: 'delvis genomfört',
  ONGOING: 'pågår',
  NOT_DONE: 'inte genomfört',
  CANCELLED: 'inställt',
};

/** Who published the report; always self-reported, and said so. */
const REPORTER = { POLIS: 'polisen', KOMMUN: 'kommunen' };

/** "300 %" the Swedish way: a space before the sign, no decimals. */
function percent(share) {
  return `${Math.round(share * 100).toLocaleString('sv-SE')} %`;
}

/**
 * The status line and the latest report of one promise. A promise nobody has reported on says so: that no follow-up
 * is published is itself what a reader should see.
 */
export function followUp(promise) {
  const reports = promise.followUps ?? [];
  if (!promise.status || reports.length === 0) {
    return h('div', { class: 'uppfoljning uppfoljning-saknas' }, h('p', { class: 'uppfoljning-status' }, 'Uppföljning: ingen uppföljning publicerad'));
  }
  const latest = reports[reports.length - 1];
  const who = REPORTER[latest.reportedBy] ?? ACTOR[latest.reportedBy] ?? latest.reportedBy;
  const count = latest.count != null && latest.shareOfTarget != null
    ? ` ${[latest.count.toLocaleString('sv-SE'), latest.countUnit].filter(Boolean).join(' ')}: ${percent(latest.shareOfTarget)} av målet.`
    : '';
  const snapshot = latest.document.snapshot;
  return h('div', { class: `uppfoljning uppfoljning-${latest.status.toLowerCase().replace('_', '-')}` },
    h('p', { class: 'uppfoljning-status' }, `Uppföljning: ${STATUS[promise.status] ?? promise.status}`,
      latest.period ? ` (${latest.period})` : ''),
    h('blockquote', { class: 'uppfoljning-text' }, latest.text),
    h('p', { class: 'uppfoljning-kalla' },
      `Egen uppgift från ${who}: `, h('cite', {}, latest.document.title), '.', count, ' ',
      h('a', { href: snapshot.archiveUrl }, `Arkiverad uppföljning, sparad ${date(snapshot.fetchedAt)}`),
      reports.length > 1 ? ` · ${reports.length} uppföljningar publicerade` : ''));
}
