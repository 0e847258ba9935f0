/*
 * The DPO's pages in Cockpit (issue 15): on the dashboard, the open privacy cases by days left to their legal
 * deadline (overdue, within 7 days, within 14 days, later) with the 30-day target, extensions and identity pauses;
 * and a case page (#/tietovahti/case/<number>) that opens any case, running or finished (Cockpit CE shows running
 * process instances only), with its timeline from the engine's history, its letters and documents. Data from
 * /api/dpo/* (the DPO only; the Cockpit session is accepted for reading). Dates and times in Europe/Helsinki.
 */
import { say, apiRoot, dayMonthYear, requestType } from '../../tasklist/scripts/language.js';

const HELSINKI_TIME = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', day: 'numeric',
  month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const BUCKETS = {
  OVERDUE: { fi: 'Myöhässä', sv: 'Försenade', en: 'Overdue', css: 'tv-late' },
  WITHIN_7_DAYS: { fi: 'Enintään 7 päivää', sv: 'Högst 7 dagar', en: '7 days or less', css: 'tv-soon' },
  WITHIN_14_DAYS: { fi: 'Enintään 14 päivää', sv: 'Högst 14 dagar', en: '14 days or less', css: 'tv-near' },
  LATER: { fi: 'Myöhemmin', sv: 'Senare', en: 'Later', css: 'tv-in-time' }
};

export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

export function getJson(path, headers) {
  return fetch(apiRoot() + path, { credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json' }, headers || {}) })
    .then((response) => {
      if (!response.ok) {
        throw new Error(`${response.status}`);
      }
      return response.json();
    });
}

function caseLink(caseNumber) {
  return el('a', { href: `#/tietovahti/case/${encodeURIComponent(caseNumber)}`, class: 'tv-case-link' }, caseNumber);
}

export function day(isoDate) {
  return isoDate ? dayMonthYear(isoDate) : '–';
}

export function time(instant) {
  return instant ? HELSINKI_TIME.format(new Date(instant)) : '–';
}

function days(n) {
  return say({ fi: `${n} pv`, sv: `${n} d`, en: `${n} d` });
}

function typeName(type) {
  return requestType(type);
}

function column(col) {
  const meta = BUCKETS[col.bucket];
  const rows = col.cases.map((c) => el('tr', {},
    el('td', {}, caseLink(c.caseNumber)),
    el('td', {}, typeName(c.caseType)),
    el('td', {}, day(c.legalDeadline)),
    el('td', { class: meta.css }, days(c.daysLeft)),
    el('td', { class: c.daysToTarget < 0 ? 'tv-late' : '' }, `${day(c.internalTarget)} (${days(c.daysToTarget)})`),
    el('td', {}, [c.extensionMonths ? say({ fi: `jatkettu ${c.extensionMonths} kk`, sv: `förlängd ${c.extensionMonths} mån`,
      en: `extended ${c.extensionMonths} mo` }) : null, c.identityPausedDays > 0 ? ' ' + say({
      fi: `tunnistus ${c.identityPausedDays} pv`, sv: `identifiering ${c.identityPausedDays} d`,
      en: `identity ${c.identityPausedDays} d` }) : null].filter(Boolean).join(''))));
  const more = col.count > col.cases.length
    ? el('p', { class: 'tv-more' }, say({ fi: `… ja ${col.count - col.cases.length} muuta`,
      sv: `… och ${col.count - col.cases.length} till`, en: `… and ${col.count - col.cases.length} more` }))
    : null;
  return el('section', { class: `tv-bucket tv-bucket-${col.bucket.toLowerCase()}`, 'data-bucket': col.bucket },
    el('h4', {}, el('span', { class: meta.css }, say(meta)), ' ', el('span', { class: 'badge tv-count' }, col.count)),
    col.cases.length ? el('table', { class: 'table table-condensed cam-table' },
      el('thead', {}, el('tr', {},
        el('th', {}, say({ fi: 'Asia', sv: 'Ärende', en: 'Case' })),
        el('th', {}, say({ fi: 'Pyyntö', sv: 'Begäran', en: 'Request' })),
        el('th', {}, say({ fi: 'Määräaika', sv: 'Tidsfrist', en: 'Deadline' })),
        el('th', {}, say({ fi: 'Jäljellä', sv: 'Kvar', en: 'Left' })),
        el('th', {}, say({ fi: '30 päivän tavoite', sv: 'Målet 30 dagar', en: '30-day target' })),
        el('th', {}, say({ fi: 'Jatko, tauko', sv: 'Förlängning, paus', en: 'Extension, pause' })))),
      el('tbody', {}, rows)) : null,
    more);
}

function openCaseForm() {
  const input = el('input', { type: 'text', class: 'form-control', name: 'caseNumber', placeholder: 'TV-2026-000123',
    'aria-label': say({ fi: 'Asian numero', sv: 'Ärendenummer', en: 'Case number' }) });
  const form = el('form', { class: 'form-inline tv-open-case' },
    el('label', {}, say({ fi: 'Avaa asia, myös päättynyt: ', sv: 'Öppna ett ärende, även avslutat: ',
      en: 'Open a case, finished ones too: ' })), input, ' ',
    el('button', { type: 'submit', class: 'btn btn-default' }, say({ fi: 'Avaa', sv: 'Öppna', en: 'Open' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const number = input.value.trim().toUpperCase();
    if (number) {
      window.location.hash = `#/tietovahti/case/${encodeURIComponent(number)}`;
    }
  });
  return form;
}

function renderBoard(node) {
  node.classList.add('tietovahti-deadlines');
  node.appendChild(el('h3', {}, say({ fi: 'Tietosuojapyyntöjen määräajat', sv: 'Tidsfrister för dataskyddsbegäranden',
    en: 'Privacy request deadlines' })));
  const body = el('div', {}, say({ fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…' }));
  node.appendChild(body);
  getJson('/dpo/deadlines?perColumn=50').then((board) => {
    body.textContent = '';
    body.appendChild(el('p', { class: 'tv-summary' }, say({
      fi: `Avoimia ${board.open} · jatkettuja ${board.extended} · tunnistuksen vuoksi tauolla olleita ${board.paused} · 30 päivän tavoitteen ohittaneita ${board.pastTarget} · tänään ${day(board.today)}`,
      sv: `Öppna ${board.open} · förlängda ${board.extended} · pausade för identifiering ${board.paused} · över målet 30 dagar ${board.pastTarget} · i dag ${day(board.today)}`,
      en: `Open ${board.open} · extended ${board.extended} · paused for identity ${board.paused} · past the 30-day target ${board.pastTarget} · today ${day(board.today)}` })));
    board.columns.forEach((col) => body.appendChild(column(col)));
    body.appendChild(openCaseForm());
    body.appendChild(el('p', {}, el('a', { href: '#/tietovahti/disclosures', class: 'tv-disclosures-link' },
      say({ fi: 'Tietojen luovutukset →', sv: 'Utlämnanden av uppgifter →', en: 'Disclosures of data →' }))));
  }).catch((error) => {
    body.textContent = say({ fi: `Määräaikoja ei voitu hakea (${error.message}).`,
      sv: `Tidsfristerna kunde inte hämtas (${error.message}).`, en: `The deadlines could not be read (${error.message}).` });
  });
}

function facts(view) {
  const rows = [
    [say({ fi: 'Pyyntö', sv: 'Begäran', en: 'Request' }), typeName(view.caseType)],
    [say({ fi: 'Pyytäjä', sv: 'Den som begär', en: 'Requester' }), view.requesterName],
    [say({ fi: 'Kanava, kieli', sv: 'Kanal, språk', en: 'Channel, language' }), `${view.channel}, ${view.language}`],
    [say({ fi: 'Vastaanotettu', sv: 'Mottagen', en: 'Received' }), time(view.receivedAt)],
    [say({ fi: 'Kuitattu', sv: 'Kvitterad', en: 'Acknowledged' }), time(view.acknowledgedAt)],
    [say({ fi: 'Lakisääteinen määräaika', sv: 'Lagstadgad tidsfrist', en: 'Legal deadline' }), day(view.legalDeadline)],
    [say({ fi: '30 päivän tavoite', sv: 'Målet 30 dagar', en: '30-day target' }), day(view.internalTarget)],
    [say({ fi: 'Tauko tunnistuksen vuoksi', sv: 'Paus för identifiering', en: 'Paused for identity' }),
      days(view.identityPausedDays)],
    [say({ fi: 'Jatko', sv: 'Förlängning', en: 'Extension' }), view.extensionMonths
      ? `${view.extensionMonths} kk, ${view.extensionGround || ''}, ${view.extendedBy || ''} ${time(view.extendedAt)}` : '–'],
    [say({ fi: 'Päättynyt', sv: 'Avslutad', en: 'Closed' }), view.closedAt ? `${time(view.closedAt)} (${view.outcome})` : say({
      fi: 'avoin', sv: 'öppen', en: 'open' })],
    [say({ fi: 'Ajallaan', sv: 'I tid', en: 'On time' }), view.onTimeLegal === null || view.onTimeLegal === undefined ? '–'
      : `${say({ fi: 'määräaika', sv: 'tidsfrist', en: 'deadline' })}: ${view.onTimeLegal ? say({ fi: 'kyllä', sv: 'ja', en: 'yes' }) : say({ fi: 'EI', sv: 'NEJ', en: 'NO' })}, ${say({ fi: 'tavoite', sv: 'mål', en: 'target' })}: ${view.onTimeTarget ? say({ fi: 'kyllä', sv: 'ja', en: 'yes' }) : say({ fi: 'ei', sv: 'nej', en: 'no' })}`]
  ];
  return el('table', { class: 'table table-condensed tv-facts' },
    el('tbody', {}, rows.map(([label, value]) => el('tr', {}, el('th', {}, label), el('td', {}, value || '–')))));
}

function steps(list) {
  return el('table', { class: 'table table-condensed cam-table tv-steps' },
    el('thead', {}, el('tr', {},
      el('th', {}, say({ fi: 'Alkoi', sv: 'Började', en: 'Started' })),
      el('th', {}, say({ fi: 'Päättyi', sv: 'Slutade', en: 'Ended' })),
      el('th', {}, say({ fi: 'Vaihe', sv: 'Steg', en: 'Step' })),
      el('th', {}, say({ fi: 'Kuka', sv: 'Vem', en: 'Who' })),
      el('th', {}, say({ fi: 'Prosessi', sv: 'Process', en: 'Process' })))),
    el('tbody', {}, list.map((s) => el('tr', { class: s.canceled ? 'tv-canceled' : '' },
      el('td', {}, time(s.started)), el('td', {}, s.ended ? time(s.ended) : say({ fi: 'kesken', sv: 'pågår', en: 'running' })),
      el('td', {}, s.activityName), el('td', {}, s.assignee || ''), el('td', {}, s.processKey)))));
}

function renderCase(node) {
  node.classList.add('tietovahti-case');
  const match = /#\/tietovahti\/case\/([^/?]+)/.exec(window.location.hash);
  const caseNumber = match ? decodeURIComponent(match[1]) : '';
  node.appendChild(el('p', {}, el('a', { href: '#/dashboard' }, say({ fi: '← Määräajat', sv: '← Tidsfrister',
    en: '← Deadlines' }))));
  node.appendChild(el('h2', {}, caseNumber));
  const body = el('div', {}, say({ fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…' }));
  node.appendChild(body);
  Promise.all([getJson(`/dpo/cases/${encodeURIComponent(caseNumber)}`),
    getJson(`/letters?case=${encodeURIComponent(caseNumber)}`).catch(() => [])])
    .then(([view, letters]) => {
      body.textContent = '';
      body.appendChild(facts(view));
      body.appendChild(el('h3', {}, say({ fi: 'Vaiheet', sv: 'Steg', en: 'Steps' })));
      body.appendChild(steps(view.steps));
      body.appendChild(el('h3', {}, say({ fi: 'Kirjeet', sv: 'Brev', en: 'Letters' })));
      body.appendChild(letters.length ? el('ul', {}, letters.map((l) => el('li', {},
        `${time(l.sentAt || l.createdAt)} · ${l.subject} · ${l.status}`))) : el('p', {}, '–'));
      body.appendChild(el('h3', {}, say({ fi: 'Asiakirjat', sv: 'Dokument', en: 'Documents' })));
      body.appendChild(view.documents.length ? el('ul', {}, view.documents.map((d) => el('li', {},
        `${d.fileName} (${d.kind}, ${Math.ceil(d.size / 1024)} kB)`))) : el('p', {}, '–'));
    })
    .catch((error) => {
      body.textContent = error.message === '404'
        ? say({ fi: `Asiaa ${caseNumber} ei ole.`, sv: `Ärendet ${caseNumber} finns inte.`, en: `There is no case ${caseNumber}.` })
        : say({ fi: `Asiaa ei voitu hakea (${error.message}).`, sv: `Ärendet kunde inte hämtas (${error.message}).`,
          en: `The case could not be read (${error.message}).` });
    });
}

export default [
  {
    id: 'tietovahti-deadlines',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: renderBoard
  },
  {
    id: 'tietovahti-case',
    pluginPoint: 'cockpit.route',
    properties: { path: '/tietovahti/case/:caseNumber' },
    render: renderCase
  }
];
