// Small enhancements for server-rendered pages. Everything works without this file.
document.documentElement.classList.add('js');

// The phone header's "Menu": without script a link to the site's links at the foot of the page;
// with it, a button that opens them under the header (Escape closes and returns focus to it).
document.addEventListener('DOMContentLoaded', () => {
    const link = document.querySelector('.menu-toggle');
    const header = document.querySelector('.site-header');
    if (!link || !header) {
        return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.textContent = link.textContent;
    button.setAttribute('aria-controls', link.getAttribute('aria-controls'));
    button.setAttribute('aria-expanded', 'false');
    link.replaceWith(button);
    const setOpen = (open) => {
        header.classList.toggle('menu-open', open);
        button.setAttribute('aria-expanded', String(open));
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    header.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && header.classList.contains('menu-open')) {
            setOpen(false);
            button.focus();
        }
    });
});
