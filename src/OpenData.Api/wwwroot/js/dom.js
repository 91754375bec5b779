// Small DOM helpers: elements are built with textContent, never innerHTML, so published text cannot inject markup.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

/**
 * The API's search highlight: HTML-escaped text with the matched words in <mark>. Built back as nodes, never as
 * innerHTML, so that nothing but <mark> can come through.
 */
export function highlighted(html) {
  const unescape = (text) => text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]);
  const parts = [];
  const pattern = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    parts.push(unescape(html.slice(last, match.index)), h('mark', {}, unescape(match[1])));
    last = match.index + match[0].length;
  }
  parts.push(unescape(html.slice(last)));
  return parts;
}

export const ACTOR = { POLIS: 'Polisen', KOMMUN: 'Kommunen', ANNAN: 'Annan part' };
export const KIND = { LOFTE: 'Löftestext', NYHET: 'Nyhet', UPPFOLJNING: 'Uppföljning' };
/** A löfte's status today in words: "gäller", "avslutat 2017", "ersatt av ett senare löfte" … */
export function statusText(lofte) {
  const sorted = [...(lofte.years ?? [])].sort((a, b) => a - b);
  switch (lofte.status) {
    case 'CURRENT': return 'gäller';
    case 'ENDED': return `avslutat ${sorted[sorted.length - 1]}`;
    case 'SUPERSEDED': return 'ersatt av ett senare löfte';
    case 'WITHDRAWN': return 'återkallat';
    case 'UPCOMING': return `gäller från ${sorted[0]}`;
    case 'UNDATED': return 'okänt om det gäller (källan anger ingen period)';
    default: return lofte.status;
  }
}

export function years(list) {
  if (!list?.length) return 'period ej angiven';
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

/** "Medborgarlöfte 2023–2024", or "Medborgarlöfte, period ej angiven"; lower-case inside a sentence. */
export function lofteTitle(list, { lower = false } = {}) {
  const word = lower ? 'medborgarlöfte' : 'Medborgarlöfte';
  return list?.length ? `${word} ${years(list)}` : `${word}, period ej angiven`;
}

/** "1 löfte", "2 löften", with the number written the Swedish way ("1 234"). */
export function plural(count, one, many) {
  return `${count.toLocaleString('sv-SE')} ${count === 1 ? one : many}`;
}

export function date(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('sv-SE', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** Swedish genitive: "Åseles", but "Västerås" stays "Västerås". */
export function genitive(name) {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}
