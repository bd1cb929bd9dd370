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

  // Speech: one distinct voice per speaker, chosen among the browser's English voices.
  const synth = window.speechSynthesis;
  const voicesFor = new Map();
  const SHAPES = [
    { pitch: 0.9, rate: 0.95 }, { pitch: 1.2, rate: 1.05 }, { pitch: 1.05, rate: 1.0 }, { pitch: 1.35, rate: 1.1 },
  ];

  function voiceFor(speaker) {
    if (!voicesFor.has(speaker)) {
      const voices = synth.getVoices().filter((v) => v.lang.toLowerCase().startsWith('en'));
      const index = voicesFor.size;
      voicesFor.set(speaker, { voice: voices.length ? voices[index % voices.length] : null, ...SHAPES[index % SHAPES.length] });
    }
    return voicesFor.get(speaker);
  }

  function utterance(text, speaker) {
    const u = new SpeechSynthesisUtterance(text);
    const v = voiceFor(speaker);
    if (v.voice) u.voice = v.voice;
    u.pitch = v.pitch;
    u.rate = v.rate;
    u.lang = 'en';
    return u;
  }

  // Plays a list of {el, text, speaker} in order, highlighting the one being read.
  let stopCurrent = null;
  function play(items, button, onItemDone) {
    if (stopCurrent) stopCurrent();
    const label = button.querySelector('[data-label]');
    const idle = label.textContent;
    let stopped = false;
    const finish = () => {
      stopped = true;
      synth.cancel();
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
      if (i >= items.length) { finish(); return; }
      const item = items[i];
      item.el.classList.add('speaking');
      const u = utterance(item.text, item.speaker);
      u.onend = () => {
        item.el.classList.remove('speaking');
        if (onItemDone) onItemDone(item);
        next(i + 1);
      };
      u.onerror = u.onend;
      synth.speak(u);
    };
    next(0);
    return finish;
  }

  function setUpReadAloud(button) {
    const dialogue = document.getElementById(button.dataset.target);
    button.hidden = false;
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') === 'true') { stopCurrent && stopCurrent(); return; }
      const items = [...dialogue.querySelectorAll('.turn')].map((turn) => ({
        el: turn, speaker: turn.dataset.speaker, text: turn.dataset.speaker + '. ' + turn.querySelector('.bubble').textContent,
      }));
      play(items, button);
    });
  }

  function setUpAudiobook(button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') === 'true') { stopCurrent && stopCurrent(); return; }
      const items = [...document.querySelectorAll('[data-chapter]')].map((chapter) => ({
        el: chapter, speaker: 'narrator', url: chapter.dataset.readUrl,
        text: [...chapter.querySelectorAll('h3, .key-statement, .prose, .analogy')].map((e) => e.textContent).join('. '),
      }));
      play(items, button, (item) => {
        if (item.url && !item.el.classList.contains('is-done')) {
          post(item.url, { read: 'true' }).then(() => item.el.classList.add('is-done'));
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
    if (synth && window.SpeechSynthesisUtterance) {
      document.querySelectorAll('[data-read-aloud]').forEach(setUpReadAloud);
      document.querySelectorAll('[data-audiobook]').forEach(setUpAudiobook);
    }
    document.querySelectorAll('[data-glossary-filter]').forEach(setUpGlossaryFilter);
    document.querySelectorAll('[data-review-card]').forEach(setUpReview);
    document.querySelectorAll('[data-cram-deck]').forEach(setUpCram);
  });
})();
