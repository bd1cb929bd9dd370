// Study pages: summary level, read-aloud lessons and audiobook, glossary filter, flashcard
// review and cram with the keyboard. The pages work without this file; it only adds comfort.
(() => {
  const csrf = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { [header.content]: token.content } : {};
  };

  const post = (url, fields) => fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'fetch', ...csrf() },
    body: new URLSearchParams(fields),
  });

  // Summary: switch levels in place; the choice is saved on the server for this learner.
  function setUpSummaryLevels(form) {
    const section = form.closest('section');
    const buttons = [...form.querySelectorAll('button[data-level]')];
    const show = (level) => {
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.level === level)));
      section.querySelectorAll('[data-summary-level]').forEach((panel) => {
        panel.hidden = panel.dataset.summaryLevel !== level;
      });
    };
    buttons.forEach((b) => b.addEventListener('click', (event) => {
      event.preventDefault();
      show(b.dataset.level);
      post(form.action, { level: b.dataset.level }).catch(() => form.requestSubmit(b));
    }));
    const chosen = buttons.find((b) => b.getAttribute('aria-pressed') === 'true');
    show(chosen ? chosen.dataset.level : 'medium');
  }

  // Mark as done / read: in place, focus stays on the button; its text, aria-pressed and the polite
  // status say the new state. Without script (or if the post fails) the form posts and comes back.
  function applyMark(form, marked) {
    const button = form.querySelector('button');
    const field = form.querySelector('input[name=done], input[name=read]');
    field.value = String(!marked);
    button.setAttribute('aria-pressed', String(marked));
    button.textContent = marked ? button.dataset.markedText : button.dataset.unmarkedText;
    form.closest('[data-chapter], article.lesson')?.classList.toggle('is-done', marked);
    const status = document.querySelector('[data-mark-status]');
    if (status) status.textContent = marked ? button.dataset.markedMessage : button.dataset.unmarkedMessage;
    refreshProgress();
  }

  // "Your progress" as the server now counts it, taken from a fresh copy of this page.
  function refreshProgress() {
    const panel = document.querySelector('.progress-panel');
    if (!panel) return;
    fetch(window.location.pathname, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((html) => {
        const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.progress-panel');
        if (fresh) panel.innerHTML = fresh.innerHTML;
      })
      .catch(() => { /* the panel catches up at the next visit */ });
  }

  function setUpMark(form) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const field = form.querySelector('input[name=done], input[name=read]');
      const marked = field.value === 'true';
      try {
        const response = await post(form.action, { [field.name]: String(marked) });
        if (!response.ok) throw new Error(String(response.status));
        applyMark(form, marked);
      } catch (e) {
        form.submit(); // the plain post: 303 back to this item on the page
      }
    });
  }

  // Speech: one distinct voice per speaker, chosen among the browser's English voices. The speech
  // object is looked up when needed, so a browser without it simply has no voice.
  const synth = () => window.speechSynthesis;
  const voicesFor = new Map();
  const SHAPES = [
    { pitch: 0.9, rate: 0.95 }, { pitch: 1.2, rate: 1.05 }, { pitch: 1.05, rate: 1.0 }, { pitch: 1.35, rate: 1.1 },
  ];

  // The browser's voices; they often load after the page, so wait for voiceschanged, up to 2 seconds.
  function voices() {
    const speech = synth();
    if (!speech || !window.SpeechSynthesisUtterance) return Promise.resolve([]);
    const now = speech.getVoices() || [];
    if (now.length) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); speech.removeEventListener?.('voiceschanged', done); resolve(speech.getVoices() || []); };
      const timer = setTimeout(done, 2000);
      speech.addEventListener?.('voiceschanged', done);
    });
  }

  function voiceFor(speaker, available) {
    if (!voicesFor.has(speaker)) {
      const english = available.filter((v) => (v.lang || '').toLowerCase().startsWith('en'));
      const pool = english.length ? english : available;
      const index = voicesFor.size;
      voicesFor.set(speaker, { voice: pool.length ? pool[index % pool.length] : null, ...SHAPES[index % SHAPES.length] });
    }
    return voicesFor.get(speaker);
  }

  function utterance(text, speaker, available) {
    const u = new window.SpeechSynthesisUtterance(text);
    const v = voiceFor(speaker, available);
    if (v.voice) u.voice = v.voice;
    u.pitch = v.pitch;
    u.rate = v.rate;
    u.lang = 'en';
    return u;
  }

  // Plays a list of {el, text, speaker} in order, highlighting the one being read. onItemDone runs
  // only for an item that was really spoken: its utterance started (onstart) and then ended (onend).
  // An error, or an end without a start, stops the reading and says so.
  let stopCurrent = null;
  function play(items, button, available, say, onItemDone) {
    if (stopCurrent) stopCurrent();
    const label = button.querySelector('[data-label]');
    const idle = label.textContent;
    let stopped = false;
    const finish = () => {
      stopped = true;
      synth()?.cancel();
      items.forEach((i) => i.el.classList.remove('speaking'));
      label.textContent = idle;
      button.setAttribute('aria-pressed', 'false');
      stopCurrent = null;
    };
    stopCurrent = finish;
    label.textContent = 'Stop';
    button.setAttribute('aria-pressed', 'true');
    const next = (i) => {
      if (stopped) return;
      if (i >= items.length) { finish(); say('Finished reading.'); return; }
      const item = items[i];
      item.el.classList.add('speaking');
      const u = utterance(item.text, item.speaker, available);
      let started = false;
      u.onstart = () => { started = true; };
      u.onend = () => {
        if (stopped) return;
        item.el.classList.remove('speaking');
        if (!started) { finish(); say('The browser did not read this aloud, so nothing more was marked.'); return; }
        if (onItemDone) onItemDone(item);
        next(i + 1);
      };
      u.onerror = (event) => {
        if (stopped) return;
        finish();
        say(`Reading stopped: the browser could not speak (${event && event.error ? event.error : 'error'}). Nothing more was marked.`);
      };
      synth().speak(u);
    };
    next(0);
    return finish;
  }

  // Starts reading only if the browser has a voice; otherwise says so and plays (and marks) nothing.
  async function speakAll(button, items, say, onItemDone) {
    if (button.getAttribute('aria-pressed') === 'true') { if (stopCurrent) stopCurrent(); say('Stopped.'); return; }
    const available = await voices();
    if (!available.length) {
      say('Your browser has no voice to read aloud with, so nothing was played and no chapter was marked read.');
      return;
    }
    say('');
    play(items, button, available, say, onItemDone);
  }

  function statusNear(button) {
    const status = button.closest('section')?.querySelector('[data-speech-status]');
    return (message) => { if (status) status.textContent = message; };
  }

  function setUpReadAloud(button) {
    const dialogue = document.getElementById(button.dataset.target);
    button.hidden = false;
    const say = statusNear(button);
    button.addEventListener('click', () => {
      const items = [...dialogue.querySelectorAll('.turn')].map((turn) => ({
        el: turn, speaker: turn.dataset.speaker, text: turn.dataset.speaker + '. ' + turn.querySelector('.bubble').textContent,
      }));
      speakAll(button, items, say);
    });
  }

  function setUpAudiobook(button) {
    button.hidden = false;
    const say = statusNear(button);
    button.addEventListener('click', () => {
      const items = [...document.querySelectorAll('[data-chapter]')].map((chapter) => ({
        el: chapter, speaker: 'narrator', url: chapter.dataset.readUrl,
        text: [...chapter.querySelectorAll('h3, .key-statement, .prose, .analogy')].map((e) => e.textContent).join('. '),
      }));
      speakAll(button, items, say, (item) => {
        if (item.url && !item.el.classList.contains('is-done')) {
          post(item.url, { read: 'true' }).then((response) => {
            const form = item.el.querySelector('form[data-mark]');
            if (response.ok && form) applyMark(form, true);
            else if (response.ok) item.el.classList.add('is-done');
          });
        }
      });
    });
  }

  // Glossary: filter the terms as the learner types; everything shows without script.
  function setUpGlossaryFilter(box) {
    const input = box.querySelector('input');
    const count = box.querySelector('[role=status]');
    const entries = [...document.querySelectorAll('#glossary-list > div')];
    box.hidden = false;
    input.addEventListener('input', () => {
      const q = input.value.trim().toLowerCase();
      let shown = 0;
      entries.forEach((entry) => {
        const match = !q || entry.textContent.toLowerCase().includes(q);
        entry.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = q ? `${shown} of ${entries.length} terms shown` : '';
    });
  }

  // Review: Space shows the answer, 1-4 grade it.
  function setUpReview(card) {
    const reveal = card.querySelector('[data-reveal]');
    const back = card.querySelector('[data-back]');
    const grades = card.querySelector('[data-grades]');
    const flip = () => {
      if (!back.hidden) return;
      back.hidden = false;
      grades.hidden = false;
      reveal.hidden = true;
      grades.querySelector('button[value="3"]').focus();
    };
    back.hidden = true;
    grades.hidden = true;
    reveal.hidden = false;
    reveal.addEventListener('click', flip);
    document.addEventListener('keydown', (event) => {
      // Typing in a field is text, and Enter or Space on a button or link activates it (undo, bury, a note).
      const typing = event.target.matches('input, textarea, select');
      const activates = (event.key === ' ' || event.key === 'Enter') && event.target.matches('button, a, summary');
      if (event.ctrlKey || event.metaKey || event.altKey || typing || activates) return;
      if (event.key === ' ' || event.key === 'Enter' && back.hidden) {
        event.preventDefault();
        flip();
      } else if (/^[1-4]$/.test(event.key) && !back.hidden) {
        event.preventDefault();
        grades.querySelector(`button[value="${event.key}"]`).click();
      }
    });
  }

  // Cram: go through the section's cards in a loop; "Again" puts a card back at the end.
  function setUpCram(deck) {
    const cards = [...deck.querySelectorAll('[data-cram-card]')];
    const status = document.getElementById('cram-status');
    const controls = document.getElementById('cram-controls');
    let queue = cards.map((_, i) => i);
    let flipped = false;
    const render = () => {
      cards.forEach((c, i) => { c.hidden = i !== queue[0]; c.querySelector('[data-back]').hidden = !flipped; });
      status.textContent = queue.length ? `${queue.length} of ${cards.length} cards left` : 'All cards done. Well crammed!';
      controls.querySelector('[data-flip]').hidden = flipped || !queue.length;
      controls.querySelectorAll('[data-cram-grade]').forEach((b) => { b.hidden = !flipped; });
    };
    const grade = (again) => {
      const current = queue.shift();
      if (again) queue.push(current);
      flipped = false;
      render();
    };
    deck.classList.add('is-live');
    controls.hidden = false;
    controls.querySelector('[data-flip]').addEventListener('click', () => { flipped = true; render(); });
    controls.querySelectorAll('[data-cram-grade]').forEach((b) => b.addEventListener('click', () => grade(b.dataset.cramGrade === 'again')));
    document.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !queue.length) return;
      if (event.key === ' ' && !flipped) { event.preventDefault(); flipped = true; render(); }
      else if (flipped && /^[1-4]$/.test(event.key)) { event.preventDefault(); grade(event.key === '1'); }
    });
    render();
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-level-switch]').forEach(setUpSummaryLevels);
    document.querySelectorAll('form[data-mark]').forEach(setUpMark);
    // Shown with script even when the browser cannot speak: pressing them then says there is no voice.
    document.querySelectorAll('[data-read-aloud]').forEach(setUpReadAloud);
    document.querySelectorAll('[data-audiobook]').forEach(setUpAudiobook);
    document.querySelectorAll('[data-glossary-filter]').forEach(setUpGlossaryFilter);
    document.querySelectorAll('[data-review-card]').forEach(setUpReview);
    document.querySelectorAll('[data-cram-deck]').forEach(setUpCram);
  });
})();
