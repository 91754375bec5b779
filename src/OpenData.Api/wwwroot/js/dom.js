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
export const STATUS = { CURRENT: 'gäller', SUPERSEDED: 'ersatt av ett senare löfte', WITHDRAWN: 'återkallat' };

export function years(list) {
  if (!list?.length) return 'period ej angiven';
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

export function date(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('sv-SE', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** Swedish genitive: "Åseles", but "Västerås" stays "Västerås". */
export function genitive(name) {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}
