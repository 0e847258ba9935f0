/*
 * Tasklist ignores a filter's own sorting: without a "sorting" URL parameter it asks for "created, newest first".
 * Case handlers must see the task whose legal deadline comes first at the top, so until the user chooses another
 * sorting in the list header, this puts "due date, earliest first" into the URL. A sorting the user picked is
 * left alone.
 */
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash || '#/';
  const separator = hash.indexOf('?');
  const path = separator < 0 ? hash : hash.substring(0, separator);
  const params = new URLSearchParams(separator < 0 ? '' : hash.substring(separator + 1));
  if (path.startsWith('#/login') || params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  // a hash-only replace does not reload the page; Tasklist picks the parameter up from the hashchange
  window.location.replace(path + '?' + params.toString());
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();

export default [];
