// Small enhancements for server-rendered pages. Everything works without this file.
document.documentElement.classList.add('js');

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-level-switch]').forEach(setUpSummaryLevels);
});

// The summary shows one level at a time; the learner's choice is kept in this browser.
function setUpSummaryLevels(group) {
  const section = group.closest('section');
  const buttons = [...group.querySelectorAll('button[data-level]')];
  const show = (level) => {
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.level === level)));
    section.querySelectorAll('[data-summary-level]').forEach((panel) => {
      panel.hidden = panel.dataset.summaryLevel !== level;
    });
  };
  buttons.forEach((b) => b.addEventListener('click', () => {
    show(b.dataset.level);
    try { localStorage.setItem('summaryLevel', b.dataset.level); } catch (e) { /* private mode */ }
  }));
  let saved = null;
  try { saved = localStorage.getItem('summaryLevel'); } catch (e) { /* private mode */ }
  show(buttons.some((b) => b.dataset.level === saved) ? saved : 'medium');
}
