// The service's JSON API, with the login token kept for this browser tab only (sessionStorage):
// a phone left behind should not stay logged in for long.
const TOKEN = 'jobmatch.token';
const USER = 'jobmatch.user';
// The roles the login answered with: they only decide which links the app shows; the server decides access.
const ROLES = 'jobmatch.roles';

const DANISH_STATUS = {
  0: 'Ingen forbindelse. Tjek netværket og prøv igen.',
  400: 'Forespørgslen kunne ikke forstås.',
  401: 'Du skal logge ind igen.',
  403: 'Du har ikke adgang til dette.',
  404: 'Det findes ikke (længere).',
  409: 'Det kan ikke lade sig gøre lige nu: nogen har ændret det, eller det er i den forkerte tilstand.',
  412: 'En anden har gemt en ændring, siden du hentede siden.',
  413: 'Det er for stort.',
  422: 'Oplysningerne kan ikke bruges.',
  429: 'For mange forsøg. Vent lidt og prøv igen.',
};

export class ApiError extends Error {
  constructor(status, problem, message = DANISH_STATUS[status]) {
    super(message || 'Der skete en fejl hos serveren. Prøv igen om lidt.');
    this.status = status;
    this.detail = problem.detail;
    this.fields = problem.errors || [];
  }
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  user: () => sessionStorage.getItem(USER),
  has: (role) => (sessionStorage.getItem(ROLES) ?? '').split(' ').includes(role),
  end: () => sessionStorage.clear(),
};

export async function login(username, password) {
  const answer = await call('/login', { method: 'POST', body: { username, password } }).catch((error) => {
    throw error.status === 401 ? new ApiError(401, {}, 'Forkert brugernavn eller adgangskode.') : error;
  });
  keep(answer, username);
}

function keep(answer, username) {
  sessionStorage.setItem(TOKEN, answer.access_token);
  sessionStorage.setItem(USER, username);
  sessionStorage.setItem(ROLES, (answer.roles ?? []).join(' '));
}

/**
 * The municipality's sign-in ends with a short-lived HttpOnly cookie that only the server reads;
 * exchanging it here gives the bearer token, kept like a password login's. No token in the URL.
 */
export async function finishMunicipalitySignIn() {
  const answer = await call('/login/oidc/token', { method: 'POST' }).catch((error) => {
    throw error.status === 401 ? new ApiError(401, {}, 'Log ind med kommunens login udløb. Prøv igen.') : error;
  });
  keep(answer, answer.username);
}

/** GET/POST/PUT to the API. `accept` picks JSON (parsed), HTML (text) or PDF (a Blob); `headers` adds e.g. If-Match. */
export async function call(path, { method = 'GET', body, accept = 'application/json', headers: extra } = {}) {
  const headers = { Accept: accept, ...extra };
  if (session.token()) headers.Authorization = `Bearer ${session.token()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, {});
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    if (response.status === 401 && !path.startsWith('/login')) {
      session.end();
      location.hash = '#/login';
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  if (accept === 'application/json') return response.json();
  return accept.startsWith('text/') ? response.text() : response.blob();
}

export const get = (path, accept) => call(path, { accept });
export const post = (path, body) => call(path, { method: 'POST', body });
