// How one promise is shown wherever it appears: text, who promises, themes, targets and places.
import { h, ACTOR } from '../dom.js';

export function targetText(t) {
  const per = t.per ? ` per ${t.per}` : '';
  return `${t.count}${per}${t.unit ? ` – ${t.unit}` : ''}`;
}

export function promiseDetails(promise) {
  const rows = [];
  if (promise.actors?.length) rows.push(['Lovar', promise.actors.map((a) => ACTOR[a] ?? a).join(', ')]);
  if (promise.themes?.length) rows.push(['Teman', promise.themes.map((t) => t.sv).join(', ')]);
  if (promise.targets?.length) rows.push(['Mål', promise.targets.map(targetText).join('; ')]);
  if (promise.places?.length) rows.push(['Platser', promise.places.join(', ')]);
  if (!rows.length) return null;
  return h('dl', { class: 'fakta' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
