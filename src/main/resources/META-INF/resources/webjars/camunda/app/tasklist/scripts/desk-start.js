/*
 * The desk form, as a handler at the service desk uses it:
 * - a field whose form properties say "tietovahti.default": "today" starts with today's date in Helsinki as the
 *   form asks for it (d.M.yyyy); Camunda Forms cannot compute a default, so the form's JSON is given one as
 *   Tasklist loads it (with fetch);
 * - after Start, the case number the request got is shown until the handler closes the note (Tasklist's own
 *   message names no case and goes after 3 seconds): the resident at the desk is given the number. Any other
 *   process started from Tasklist with a business key (a disturbance complaint's HH- file) is named the same way.
 */
import { say } from './language.js';

const HELSINKI_DAY = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', day: 'numeric',
  month: 'numeric', year: 'numeric' });

function withTodayDefaults(form) {
  const today = HELSINKI_DAY.format(new Date());
  (form.components || []).forEach((component) => {
    if (component.properties && component.properties['tietovahti.default'] === 'today') {
      component.defaultValue = today;
    }
  });
  return form;
}

const originalFetch = window.fetch;
window.fetch = function (resource, init) {
  const url = typeof resource === 'string' ? resource : resource && resource.url;
  const answer = originalFetch.apply(this, arguments);
  if (!url || url.indexOf('/deployed-start-form') < 0) {
    return answer;
  }
  return answer.then((response) => {
    if (!response.ok) {
      return response;
    }
    return response.clone().json()
      .then((form) => new Response(JSON.stringify(withTodayDefaults(form)),
        { status: response.status, statusText: response.statusText, headers: response.headers }))
      .catch(() => response);
  });
};

function showCase(caseNumber) {
  const note = document.createElement('div');
  note.className = 'tietovahti-case-started';
  note.setAttribute('role', 'status');
  const text = document.createElement('span');
  // a resident's privacy request (TV-) is answered at the desk; any other file (a complaint, a request for data)
  // is only named
  text.textContent = /^TV-/.test(caseNumber)
    ? say({ fi: `Pyyntö kirjattu asiaksi ${caseNumber}. Anna numero pyytäjälle.`,
      sv: `Begäran registrerad som ärende ${caseNumber}. Ge numret till den som begärde.`,
      en: `Request registered as case ${caseNumber}. Give the number to the requester.` })
    : say({ fi: `Kirjattu asiaksi ${caseNumber}.`, sv: `Registrerat som ärende ${caseNumber}.`,
      en: `Registered as case ${caseNumber}.` });
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', say({ fi: 'Sulje', sv: 'Stäng', en: 'Close' }));
  close.textContent = '×';
  close.addEventListener('click', () => note.remove());
  note.appendChild(text);
  note.appendChild(close);
  document.body.appendChild(note);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (String(method).toUpperCase() === 'POST' && /\/process-definition\/[^/]+\/submit-form/.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const started = JSON.parse(this.responseText);
        if (started && started.businessKey) {
          showCase(started.businessKey);
        }
      } catch (e) {
        // not JSON: Tasklist shows its own error
      }
    });
  }
  return open.apply(this, arguments);
};

export default [];
