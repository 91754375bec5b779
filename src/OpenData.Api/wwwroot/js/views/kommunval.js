// A field where a person types a kommun's name, with the 290 names offered as they type.
import { h } from '../dom.js';

let listId = 0;

export function kommunField(ref, { label, name = 'kommun', required = false }) {
  const id = `kommunlista-${++listId}`;
  const input = h('input', { id: `${id}-falt`, name, list: id, autocomplete: 'off', required, placeholder: 't.ex. Åsele' });
  const datalist = h('datalist', { id }, ref.kommuner.map((k) => h('option', { value: `${k.name} (${k.lan.name})` })));
  return { input, element: h('p', { class: 'falt' }, h('label', { for: input.id }, label), input, datalist) };
}

export function lanSelect(ref, { label, name = 'lan', empty = 'Alla län', value = '' }) {
  const select = h('select', { id: `lan-${++listId}`, name },
    h('option', { value: '' }, empty),
    ref.lan.map((l) => h('option', { value: l.code, selected: l.code === value }, l.name)));
  return { select, element: h('p', { class: 'falt' }, h('label', { for: select.id }, label), select) };
}

export function themeSelect(ref, { label, name = 'tema', value = '' }) {
  const select = h('select', { id: `tema-${++listId}`, name },
    h('option', { value: '' }, 'Alla teman'),
    ref.themes.map((t) => h('option', { value: t.code, selected: t.code === value }, t.sv)));
  return { select, element: h('p', { class: 'falt' }, h('label', { for: select.id }, label), select) };
}
