/*
 * Tasklist's "Save" button keeps the values of a task form in the browser's localStorage ("camunda-form:<task>",
 * and "camForm:<task>" for embedded forms), where they stay after the task is done and the user has logged out.
 * Our forms carry personal data (an identity code read from a document at the service desk), which must not
 * rest in a browser. Drafts are therefore not stored, and drafts stored before this script are removed.
 */
const DRAFT_PREFIXES = ['camunda-form:', 'camForm:'];

function isDraft(key) {
  return DRAFT_PREFIXES.some((prefix) => String(key).startsWith(prefix));
}

const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (this === window.localStorage && isDraft(key)) {
    return;
  }
  return setItem.call(this, key, value);
};

Object.keys(window.localStorage).filter(isDraft).forEach((key) => window.localStorage.removeItem(key));

export default [];
