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

  // A file over its limit is stopped before it is sent: the page and everything typed in the form stay.
  function setUpFileLimit(input) {
    input.form.addEventListener('submit', (event) => {
      const file = input.files && input.files[0];
      const old = input.parentElement.querySelector('.file-too-large');
      if (old) old.remove();
      if (!file || file.size <= Number(input.dataset.maxBytes)) return;
      event.preventDefault();
      const message = document.createElement('p');
      message.className = 'field-error file-too-large';
      message.setAttribute('role', 'alert');
      message.textContent = `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; files here may be at most `
        + `${input.dataset.maxLabel}. Choose a smaller file: the rest of the form is kept.`;
      input.insertAdjacentElement('afterend', message);
      input.focus();
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(setUpFileLimit);
    document.querySelectorAll('textarea[data-preview]').forEach(setUpPreview);
    document.querySelectorAll('[data-question-form]').forEach(setUpQuestionType);
    document.querySelectorAll('[data-confirm]').forEach((button) => {
      button.addEventListener('click', (event) => {
        if (!window.confirm(button.dataset.confirm)) event.preventDefault();
      });
    });
  });
})();
