// Small DOM helpers: no framework, every element built with real labels and text.

/** h('a', {href: '#/'}, 'Søg') - attributes, `on*` listeners, and children (strings or nodes). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) element.append(child);
  }
  return element;
}

/** Shows a view; parts left out as null, undefined or false (as h() skips them) are not shown. */
export function show(title, ...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.flat().filter((node) => node !== undefined && node !== null && node !== false));
  document.title = `${title} – Jobmatch`;
  main.focus();
}

export function say(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { status.textContent = ''; }, 4000);
}

/** An error block for a failed call, naming the fields the server rejected. */
export function problem(error) {
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, error.message),
    error.fields?.length ? h('ul', {}, error.fields.map((f) => h('li', {}, `${f.field}: ${f.message}`))) : null);
}

/** Runs a form's submit handler with the button disabled and the error shown above the button. */
export function onSubmit(form, handler) {
  const slot = h('div');
  form.prepend(slot);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    slot.replaceChildren();
    try {
      await handler(new FormData(form));
    } catch (error) {
      slot.replaceChildren(problem(error));
      slot.querySelector('[role=alert]')?.scrollIntoView({ block: 'center' });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** A labelled form field; `input` may be a control or a group holding one (a stepper). */
export function field(labelText, input, hint) {
  const control = input.matches('input, select, textarea') ? input : input.querySelector('input, select, textarea');
  control.id ||= `f-${control.name}`;
  if (hint) control.setAttribute('aria-describedby', `${control.id}-hint`);
  return h('div', {}, h('label', { for: control.id }, labelText),
    hint ? h('p', { class: 'meta', id: `${control.id}-hint` }, hint) : null, input);
}

export const capitalise = (text) => (text ? text[0].toUpperCase() + text.slice(1) : '');
export const number = (value) => String(Math.round(value * 10) / 10).replace('.', ',');
export const hours = (value) => `${number(value)} t/uge`;
export const range = (r) => (r ? `${number(r.min)}–${number(r.max)} t/uge` : '');
export const places = (n) => `${n} ${n === 1 ? 'plads' : 'pladser'}`;
/** Places held of tasks' capacity (default 1) and those still free: text "2 af 3 pladser besat". */
export function occupancy(tasks) {
  let held = 0; let capacity = 0; let free = 0;
  for (const t of tasks) {
    held += t.held ?? 0;
    capacity += t.capacity ?? 1;
    free += t.available ?? Math.max(0, (t.capacity ?? 1) - (t.held ?? 0));
  }
  return { held, capacity, free, text: `${held} af ${places(capacity)} besat` };
}
export const percent = (value) => `${Math.round(value * 100)} %`;
export const date = (iso) => (iso ? new Date(`${iso}T12:00:00`).toLocaleDateString('da-DK',
  { day: 'numeric', month: 'short', year: 'numeric' }) : '–');
/** Today as yyyy-mm-dd in the phone's own time zone. */
export const today = () => new Date().toLocaleDateString('sv-SE');
export function nextMonday() {
  const day = new Date();
  day.setDate(day.getDate() + (((8 - day.getDay()) % 7) || 7));
  return day.toLocaleDateString('sv-SE');
}
