// How one promise is shown wherever it appears: text, who promises, themes, targets and places.
import { h, ACTOR } from '../dom.js';

/**
 * A target as Swedish says it: "minst 4 riktade trafikinsatser per år", "2 gånger per termin". "minst" only where the
 * promise itself says "minst" before the number.
 */
export function targetText(t, text = '') {
  const atLeast = new RegExp(`\\bminst\\s+${t.count}\\b`, 'i').test(text) ? 'minst ' : '';
  return `${atLeast}${t.count}${t.unit ? ` ${t.unit}` : ''}${t.per ? ` per ${t.per}` : ''}`;
}

export function promiseDetails(promise) {
  const rows = [];
  if (promise.actors?.length) rows.push(['Lovar', promise.actors.map((a) => ACTOR[a] ?? a).join(', ')]);
  if (promise.themes?.length) rows.push(['Teman', promise.themes.map((t) => t.sv).sort((a, b) => a.localeCompare(b, 'sv')).join(', ')]);
  if (promise.targets?.length) rows.push(['Mål', promise.targets.map((t) => targetText(t, promise.text)).join('; ')]);
  if (promise.places?.length) rows.push(['Platser', promise.places.join(', ')]);
  if (!rows.length) return null;
  return h('dl', { class: 'fakta' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
