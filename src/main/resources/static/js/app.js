// Small enhancements for server-rendered pages. Everything works without this file.
document.documentElement.classList.add('js');
