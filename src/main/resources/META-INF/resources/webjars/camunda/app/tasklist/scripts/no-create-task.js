/*
 * Tasklist's "Create task" makes a task outside any case, with nobody's deadline on it. Staff may not (the engine
 * refuses them TASK CREATE, so the button only led to an error), and administrators have no use for it. The
 * button is a plugin; Tasklist leaves out the plugins named in <base cam-exclude-plugins="point:id,...">, which it
 * reads when it starts, after the custom scripts have been loaded.
 */
const base = document.querySelector('base');
const excluded = (base.getAttribute('cam-exclude-plugins') || '').split(',').map((p) => p.trim()).filter(Boolean);
excluded.push('tasklist.navbar.action:create-task-action');
base.setAttribute('cam-exclude-plugins', excluded.join(','));

export default [];
