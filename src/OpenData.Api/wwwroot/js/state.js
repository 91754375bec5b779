// The page's state lives in the address, so every view can be shared and the back button works.

export function read() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

export function go(state, { replace = false } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const url = `${location.pathname}?${params}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event('statechange'));
}

export function list(value) {
  return value ? value.split(',').filter(Boolean) : [];
}
