// The attempt page: autosave each answer, and a countdown that screen readers hear before the end.
// The page works without this file: the form posts every answer, and the server keeps the time.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('[data-attempt-form]');
  if (!form) return;
  const status = document.querySelector('[data-save-status]');
  const refusal = document.querySelector('[data-refusal]');
  const countdown = startCountdown(document.querySelector('[data-countdown]'),
    document.querySelector('[data-countdown-announcer]'), () => flushAll().finally(showReview));
  const pending = new Map();
  const retries = new Map(); // position -> failed tries in a row, while the server cannot save
  let closed = false;

  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const valuesOf = (position) => [...form.elements].filter((el) => el.name === `q${position}` && el.type !== 'hidden')
    .filter((el) => (el.type === 'radio' || el.type === 'checkbox') ? el.checked : true)
    .map((el) => el.value);

  function save(position) {
    clearTimeout(pending.get(position));
    pending.delete(position);
    if (closed) return Promise.resolve();
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const header = meta('_csrf_header');
    if (header) headers[header] = meta('_csrf');
    status.textContent = 'Saving…';
    return fetch(form.dataset.autosaveUrl + position, {
      method: 'PUT', headers, credentials: 'same-origin', keepalive: true,
      body: JSON.stringify({ values: valuesOf(position) }),
    }).then(async (response) => {
      if (response.ok) {
        retries.delete(position);
        const body = await response.json();
        countdown.resync(body.remainingSeconds);
        status.textContent = `Saved at ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
      } else if (response.status === 409) {
        const problem = await response.json();
        refuse(problem.detail);
      } else if (response.status === 401 || response.redirected) {
        status.textContent = 'Not saved: you are logged out. Log in again in another tab, then save.';
      } else {
        retryLater(position, Number(response.headers.get('Retry-After')) || 0,
          'Not saved yet: Studyhall is briefly unavailable.');
      }
    }).catch(() => {
      retryLater(position, 0, 'Not saved yet: no connection.');
    });
  }

  // The answer stays in the page and is sent again, a little later each time (2, 4, 8, then every
  // 15 seconds, or when the server's Retry-After says), until the server takes it.
  function retryLater(position, serverSeconds, reason) {
    const tries = (retries.get(position) || 0) + 1;
    retries.set(position, tries);
    const seconds = Math.max(serverSeconds, Math.min(2 ** tries, 15));
    status.textContent = `${reason} Your answer is kept on this page and sent again in ${seconds} s.`;
    pending.set(position, setTimeout(() => save(position), seconds * 1000));
  }

  function refuse(message) {
    closed = true;
    refusal.textContent = `${message} `;
    const link = document.createElement('a');
    link.href = window.location.pathname;
    link.textContent = 'See your graded attempt';
    refusal.append(link);
    refusal.hidden = false;
    form.querySelectorAll('input, textarea, select, button').forEach((el) => { el.disabled = true; });
    status.textContent = '';
  }

  function flushAll() {
    return Promise.all([...pending.keys()].map(save));
  }

  function showReview() {
    window.location.assign(window.location.pathname);
  }

  function updateAnsweredCount() {
    const cards = [...form.querySelectorAll('[data-position]')];
    const answered = cards.filter((card) => valuesOf(card.dataset.position).some((v) => v.trim() !== '')).length;
    document.querySelector('[data-answered-count]').textContent = String(answered);
  }

  // Leaving the page with a typed answer still waiting: send it now (keepalive outlives the page).
  window.addEventListener('pagehide', () => { flushAll(); });
  window.addEventListener('online', () => { flushAll(); });

  form.addEventListener('change', (event) => {
    const card = event.target.closest('[data-position]');
    if (card) { save(card.dataset.position); updateAnsweredCount(); }
  });
  form.addEventListener('input', (event) => {
    const card = event.target.closest('[data-position]');
    if (!card || !(event.target.matches('input[type=text], textarea'))) return;
    clearTimeout(pending.get(card.dataset.position));
    pending.set(card.dataset.position, setTimeout(() => save(card.dataset.position), 800));
    updateAnsweredCount();
  });
});

// Counts down from the server's figure; announces 5 minutes and 1 minute left, and the end.
function startCountdown(element, announcer, onEnd) {
  let end = performance.now() + Number(element.dataset.remainingSeconds) * 1000;
  const value = element.querySelector('[data-countdown-value]');
  const announced = new Set();
  const announcements = [[300, '5 minutes left'], [60, '1 minute left'], [0, 'Time is up. Your saved answers are being graded.']];
  const format = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  let timer = null;
  const tick = () => {
    const left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
    value.textContent = format(left);
    element.classList.toggle('timer-low', left <= 300);
    element.classList.toggle('timer-critical', left <= 60);
    for (const [at, message] of announcements) {
      if (left <= at && !announced.has(at)) {
        announcements.filter(([other]) => other >= at).forEach(([other]) => announced.add(other));
        announcer.textContent = message;
      }
    }
    if (left === 0) { clearInterval(timer); setTimeout(onEnd, 1000); }
  };
  // A page opened with less than 5 minutes left says so once, not every threshold already passed.
  const initial = Number(element.dataset.remainingSeconds);
  announcements.forEach(([at]) => { if (initial < at && at > 0) announced.add(at); });
  tick();
  timer = setInterval(tick, 1000);
  return { resync(seconds) { end = performance.now() + seconds * 1000; } };
}
