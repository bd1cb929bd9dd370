// Studio: live Markdown preview and delete confirmations. Pages work without it.
(() => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

  // Each Markdown textarea names its preview box; the server renders it exactly as learners see it.
  function setUpPreview(textarea) {
    const box = document.getElementById(textarea.dataset.preview);
    if (!box) return;
    let timer = null;
    let sent = null;
    const render = async () => {
      const text = textarea.value;
      if (text === sent) return;
      sent = text;
      if (!text.trim()) { box.hidden = true; return; }
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      const header = meta('_csrf_header');
      if (header) headers[header] = meta('_csrf');
      try {
        const response = await fetch(box.dataset.url || '/studio/preview', {
          method: 'POST', headers, credentials: 'same-origin',
          body: new URLSearchParams({ markdown: text }),
        });
        if (!response.ok) return;
        // Safe: the server sanitized this HTML against the same allow-list learners' pages use.
        box.innerHTML = await response.text();
        box.hidden = false;
      } catch (e) { /* offline: keep the last preview */ }
    };
    textarea.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(render, 350); });
    render();
  }

  // A question form shows only the answer fields of the chosen type.
  function setUpQuestionType(form) {
    const type = form.querySelector('#type');
    const show = () => form.querySelectorAll('[data-for-types]').forEach((part) => {
      part.hidden = !part.dataset.forTypes.split(' ').includes(type.value);
    });
    type.addEventListener('change', show);
    show();
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('textarea[data-preview]').forEach(setUpPreview);
    document.querySelectorAll('[data-question-form]').forEach(setUpQuestionType);
    document.querySelectorAll('[data-confirm]').forEach((button) => {
      button.addEventListener('click', (event) => {
        if (!window.confirm(button.dataset.confirm)) event.preventDefault();
      });
    });
  });
})();
