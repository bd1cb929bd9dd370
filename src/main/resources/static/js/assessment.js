// The attempt page: autosave each answer so that the last keystroke is what the server keeps and what a
// reload shows, flags and the question navigator, resuming where the learner left off, and a countdown
// that screen readers hear before the end. The pages work without this file: the form posts every
// answer, flags are submit buttons, the navigator is links, and the server keeps the time.
document.addEventListener('DOMContentLoaded', () => {
  const countdownElement = document.querySelector('[data-countdown]');
  const form = document.querySelector('[data-attempt-form]');
  if (!form) {
    // The summary before submitting: at zero, load the attempt's page, which shows the graded review.
    if (countdownElement) {
      startCountdown(countdownElement, document.querySelector('[data-countdown-announcer]'),
        () => window.location.assign(window.location.pathname.replace(/\/summary$/, '')));
    }
    return;
  }
  const status = document.querySelector('[data-save-status]');
  const refusal = document.querySelector('[data-refusal]');
  const nav = document.querySelector('[data-question-nav]');
  const countdown = startCountdown(countdownElement, document.querySelector('[data-countdown-announcer]'),
    () => flushAll().finally(showReview));
  const cards = [...form.querySelectorAll('[data-position]')];
  const cardAt = (position) => form.querySelector(`[data-position="${position}"]`);
  const pending = new Map(); // position -> timer of a save waiting (typing pause or retry)
  const retries = new Map(); // position -> failed tries in a row, while the server cannot save
  // position -> {seq, values}: the newest edit of each question the server has not confirmed yet.
  const edits = new Map();
  let closed = false;

  // Every edit gets a number above every earlier one, on this page and the saves stored before it was
  // loaded; the server keeps an answer only if its number is above the stored one, so an older save
  // that arrives late never overwrites a newer answer.
  let lastSeq = Math.max(0, ...cards.map((card) => Number(card.dataset.seq) || 0));
  const nextSeq = () => { lastSeq = Math.max(lastSeq + 1, Date.now()); return lastSeq; };

  // Unconfirmed edits also wait in this tab's sessionStorage (gone when the tab closes), so a reload
  // before the server confirmed them shows, and saves, what was typed last.
  const storeKey = (position) => `studyhall.attempt.${form.dataset.attemptId}.q${position}`;
  const remember = (position, edit) => {
    try { sessionStorage.setItem(storeKey(position), JSON.stringify(edit)); } catch (e) { /* storage full or off */ }
  };
  const forget = (position) => { try { sessionStorage.removeItem(storeKey(position)); } catch (e) { /* off */ } };
  const stored = (position) => {
    try { return JSON.parse(sessionStorage.getItem(storeKey(position))); } catch (e) { return null; }
  };

  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const fieldsOf = (position) => [...form.elements].filter((el) => el.name === `q${position}` && el.type !== 'hidden');
  const valuesOf = (position) => fieldsOf(position)
    .filter((el) => (el.type === 'radio' || el.type === 'checkbox') ? el.checked : true)
    .map((el) => el.value);
  const answered = (position) => valuesOf(position).some((v) => v.trim() !== '');

  function show(position, values) {
    fieldsOf(position).forEach((el) => {
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = values.includes(el.value);
      else if (el.tagName === 'SELECT') el.value = values.find((v) => [...el.options].some((o) => o.value === v)) || '';
      else el.value = values[0] || '';
    });
  }

  function jsonHeaders() {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const header = meta('_csrf_header');
    if (header) headers[header] = meta('_csrf');
    return headers;
  }

  function edited(position) {
    const edit = { seq: nextSeq(), values: valuesOf(position) };
    edits.set(position, edit);
    remember(position, edit);
    refreshNav(position);
    updateAnsweredCount();
  }

  function save(position, leaving) {
    clearTimeout(pending.get(position));
    pending.delete(position);
    const edit = edits.get(position);
    if (closed || !edit) return Promise.resolve();
    const body = JSON.stringify(edit);
    if (!leaving) status.textContent = 'Saving…';
    // keepalive lets the request outlive the page; browsers cap such bodies at 64 kB in all.
    return fetch(form.dataset.autosaveUrl + position, {
      method: 'PUT', headers: jsonHeaders(), credentials: 'same-origin', keepalive: body.length < 60000, body,
    }).then(async (response) => {
      if (response.ok) {
        retries.delete(position);
        const saved = await response.json();
        countdown.resync(saved.remainingSeconds);
        // The stored copy stays until the next page load compares it with what the server rendered:
        // this answer can arrive while a reload's request, sent earlier, is still reading the old one.
        if (edits.get(position) === edit) edits.delete(position);
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
      if (!leaving) retryLater(position, 0, 'Not saved yet: no connection.');
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

  function flushAll(leaving) {
    return Promise.all([...edits.keys()].map((position) => save(position, leaving)));
  }

  function showReview() {
    window.location.assign(window.location.pathname);
  }

  function updateAnsweredCount() {
    const count = cards.filter((card) => answered(card.dataset.position)).length;
    document.querySelector('[data-answered-count]').textContent = String(count);
  }

  // The navigator says each question's state in words (for screen readers) and marks (for the eye).
  function refreshNav(position) {
    const link = nav && nav.querySelector(`[data-nav-position="${position}"]`);
    if (!link) return;
    const isAnswered = answered(position);
    const flagged = cardAt(position).classList.contains('is-flagged');
    link.classList.toggle('is-answered', isAnswered);
    link.classList.toggle('is-unanswered', !isAnswered);
    link.classList.toggle('is-flagged', flagged);
    link.querySelector('[data-nav-mark]').textContent = (isAnswered ? '✓' : '–') + (flagged ? '⚑' : '');
    link.querySelector('[data-nav-state]').textContent =
      `, ${isAnswered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`;
  }

  // The question the learner is on: aria-current in the navigator, and kept on the server so that
  // reopening the attempt (after a reload, another day, on another device) comes back to it.
  let current = Number(form.dataset.resumePosition) || 1;
  let visitTimer = null;
  function moveTo(position) {
    position = Number(position);
    if (!position || position === current) return;
    current = position;
    nav?.querySelectorAll('[data-nav-position]').forEach((link) => {
      if (Number(link.dataset.navPosition) === position) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
    clearTimeout(visitTimer);
    visitTimer = setTimeout(() => {
      if (closed) return;
      fetch(form.dataset.positionUrl, {
        method: 'PUT', headers: jsonHeaders(), credentials: 'same-origin', keepalive: true,
        body: JSON.stringify({ position }),
      }).catch(() => { /* only a convenience: the next answer saved remembers the place too */ });
    }, 600);
  }

  function goTo(position, scroll) {
    const card = cardAt(position);
    if (!card) return;
    if (scroll) card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
    moveTo(position);
  }

  // Flag for later: in place, with the state said in the status line; without script the button posts.
  async function toggleFlag(button) {
    const card = button.closest('[data-position]');
    const position = card.dataset.position;
    const flagged = button.value.endsWith(':on');
    try {
      const response = await fetch(form.dataset.flagUrl + position, {
        method: 'PUT', headers: jsonHeaders(), credentials: 'same-origin', body: JSON.stringify({ flagged }),
      });
      if (response.status === 409) { refuse((await response.json()).detail); return; }
      if (!response.ok) throw new Error(String(response.status));
    } catch (e) {
      form.requestSubmit(button);
      return;
    }
    card.classList.toggle('is-flagged', flagged);
    card.querySelector('[data-flag-badge]').hidden = !flagged;
    button.value = `${position}:${flagged ? 'off' : 'on'}`;
    button.querySelector('[data-flag-label]').textContent = flagged ? 'Remove flag' : 'Flag for later';
    status.textContent = flagged ? `Question ${position} flagged for later.` : `Flag removed from question ${position}.`;
    refreshNav(position);
    moveTo(position);
  }

  // Answers typed but not confirmed before the last reload: show them again, and save them.
  cards.forEach((card) => {
    const position = card.dataset.position;
    const edit = stored(position);
    if (edit && edit.seq > (Number(card.dataset.seq) || 0) && Array.isArray(edit.values)) {
      show(position, edit.values);
      lastSeq = Math.max(lastSeq, edit.seq);
      edits.set(position, edit);
      refreshNav(position);
      save(position);
    } else if (edit) {
      forget(position);
    }
  });
  updateAnsweredCount();

  // Leaving or hiding the page with an answer not yet confirmed: send it now (keepalive outlives the page).
  window.addEventListener('pagehide', () => { flushAll(true); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushAll(true); });
  window.addEventListener('online', () => { flushAll(); });

  form.addEventListener('change', (event) => {
    const card = event.target.closest('[data-position]');
    if (!card || event.target.matches('input[type=text], textarea')) return;
    edited(card.dataset.position);
    save(card.dataset.position);
  });
  form.addEventListener('input', (event) => {
    const card = event.target.closest('[data-position]');
    if (!card || !(event.target.matches('input[type=text], textarea'))) return;
    const position = card.dataset.position;
    edited(position);
    clearTimeout(pending.get(position));
    pending.set(position, setTimeout(() => save(position), 400));
  });
  form.addEventListener('click', (event) => {
    const button = event.target.closest('[data-flag-button]');
    if (!button) return;
    event.preventDefault();
    toggleFlag(button);
  });
  form.addEventListener('focusin', (event) => {
    const card = event.target.closest('[data-position]');
    if (card) moveTo(card.dataset.position);
  });
  // The whole sheet is posted with a number above every autosave sent so far: what is on the screen
  // now wins over any save still on its way. The post carries every answer, so nothing waits any more.
  form.addEventListener('submit', () => {
    let field = form.querySelector('input[name=seq]');
    if (!field) {
      field = Object.assign(document.createElement('input'), { type: 'hidden', name: 'seq' });
      form.append(field);
    }
    field.value = String(nextSeq());
    pending.forEach((timer) => clearTimeout(timer));
    pending.clear();
    edits.clear();
  });

  const hashPosition = () => (/^#question-(\d+)$/.exec(window.location.hash) || [])[1];
  window.addEventListener('hashchange', () => { if (hashPosition()) goTo(hashPosition(), false); });
  if (hashPosition()) {
    moveTo(hashPosition());
  } else if (current > 1) {
    goTo(current, true); // resume where the learner left off
  }
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
