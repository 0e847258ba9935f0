/*
 * Every task card names its case: number, the right asked, the requester's name (never the identity code) and
 * the days left to the legal deadline, so that a handler finds the next task without opening it; the open task
 * shows the same line above its form. The case comes
 * from /api/tasks/{id}/case (the case tables: personal data is never an engine variable, ADR 5); the engine's
 * task permissions decide which task the caller may ask about. Plugin point tasklist.card gives the task id.
 */
import { say, apiRoot, dayMonthYear, requestType } from './language.js';

function daysLeftText(days, deadline) {
  const date = dayMonthYear(deadline);
  if (days < 0) {
    return say({ fi: `myöhässä ${-days} pv (määräaika ${date})`, sv: `försenad ${-days} d (tidsfrist ${date})`,
      en: `${-days} days late (deadline ${date})` });
  }
  if (days === 0) {
    return say({ fi: `määräaika tänään ${date}`, sv: `tidsfristen i dag ${date}`, en: `deadline today ${date}` });
  }
  return say({ fi: `${days} pv määräaikaan ${date}`, sv: `${days} d till tidsfristen ${date}`,
    en: `${days} days to the deadline ${date}` });
}

function line(node, className, text) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text; // names are data: never HTML
  node.appendChild(span);
  return span;
}

/** Fills the node with the case of the task (nothing when the task has no case or is not the caller's). */
function showCase(node, taskId) {
  node.classList.add('tietovahti-task-case');
  return fetch(`${apiRoot()}/tasks/${encodeURIComponent(taskId)}/case`, { credentials: 'same-origin',
    headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((kase) => {
      node.textContent = '';
      if (!kase || !kase.caseNumber) {
        return;
      }
      line(node, 'tv-case-number', kase.caseNumber);
      if (kase.caseType) {
        line(node, 'tv-case-type', requestType(kase.caseType));
      }
      if (kase.requesterName) {
        line(node, 'tv-requester', kase.requesterName);
      }
      if (kase.legalDeadline !== null && kase.daysLeft !== null && !kase.closed) {
        const left = line(node, 'tv-days-left', daysLeftText(kase.daysLeft, kase.legalDeadline));
        left.classList.add(kase.daysLeft < 0 ? 'tv-late' : kase.daysLeft <= 7 ? 'tv-soon' : 'tv-in-time');
        if (kase.extended) {
          line(node, 'tv-extended', say({ fi: 'jatkettu', sv: 'förlängd', en: 'extended' }));
        }
      }
    })
    .catch(() => {});
}

/** The task open in the detail view: Tasklist keeps it in the URL (#/?task=<id>&...). */
function openTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * The same line above the open task's form (plugin point tasklist.task.action, which is given no task: the URL
 * names it, and a click on another card changes the URL).
 */
function renderForTheOpenTask(node) {
  let shown = null;
  const update = () => {
    const taskId = openTaskId();
    if (taskId && taskId !== shown) {
      shown = taskId;
      showCase(node, taskId);
    }
  };
  update();
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}

/** The one open task's line stops following the URL when Tasklist removes it (unmount is called without a node). */
let stopFollowing = null;

export default [
  {
    id: 'tietovahti-task-case',
    pluginPoint: 'tasklist.card',
    priority: 100,
    render: (node, { taskId }) => showCase(node, taskId)
  },
  {
    id: 'tietovahti-open-task-case',
    pluginPoint: 'tasklist.task.action',
    priority: 1000,
    render: (node) => {
      if (stopFollowing) {
        stopFollowing();
      }
      stopFollowing = renderForTheOpenTask(node);
    },
    unmount: () => {
      if (stopFollowing) {
        stopFollowing();
        stopFollowing = null;
      }
    }
  }
];
