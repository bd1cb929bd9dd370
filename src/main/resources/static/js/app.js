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

// Times (fragments/time.html) arrive in UTC; show them in the viewer's zone and name it. The full
// zone (Europe/Berlin) goes in the title, the short name (CET) in the text.
document.addEventListener('DOMContentLoaded', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const shapes = {
        datetime: {day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
            hourCycle: 'h23', timeZoneName: 'short'},
        time: {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'},
        date: {day: 'numeric', month: 'short', year: 'numeric', timeZoneName: 'short'}
    };
    document.querySelectorAll('time.local-time[datetime]').forEach((time) => {
        const at = new Date(time.getAttribute('datetime'));
        const shape = shapes[time.dataset.show] || shapes.datetime;
        if (Number.isNaN(at.getTime())) {
            return;
        }
        time.textContent = new Intl.DateTimeFormat('en-GB', {...shape, timeZone: zone}).format(at);
        time.title = zone;
    });
});

// A date-and-time field paired with a hidden zone field (data-viewer-zone) arrives in the zone the
// server names (UTC at first). Show its value in the viewer's zone and send that zone with it, so
// the deadline typed is the deadline meant; the hint names the zone.
document.addEventListener('DOMContentLoaded', () => {
    const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll('input[data-viewer-zone]').forEach((zoneField) => {
        const input = document.getElementById(zoneField.dataset.zoneOf);
        const hint = document.getElementById(zoneField.dataset.zoneOf + '-hint');
        if (!input || !viewerZone || zoneField.value === viewerZone) {
            return;
        }
        if (zoneField.value === 'UTC' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(input.value)) {
            const at = new Date(input.value.slice(0, 16) + ':00Z');
            const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {timeZone: viewerZone, year: 'numeric',
                month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
                .formatToParts(at).map((p) => [p.type, p.value]));
            input.value = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
        } else if (zoneField.value !== 'UTC') {
            return;
        }
        zoneField.value = viewerZone;
        if (hint) {
            hint.textContent = 'Date and time in your time zone, ' + viewerZone + '.';
        }
    });
});
