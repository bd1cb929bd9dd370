/*
 * The memory lab's replay for visitors (home page, flagship course page): a run recorded from the
 * engine and served as static JSON, drawn with the lab's own diagram (LabTrace, LabLayout,
 * LabDiagram) and described with LabStep. Nothing runs on the server for a visitor.
 *
 * Previous / Play-Pause / Next are plain buttons, so Tab, Enter and Space work; the counter and
 * the step's words are a polite live region while stepping (quiet while playing). It never plays
 * by itself; with prefers-reduced-motion the arrows and boxes do not fade either (lab.css).
 */
(function () {
    'use strict';

    var PLAY_INTERVAL_MS = 1100;

    function Player(root, run) {
        this.root = root;
        this.trace = window.LabTrace.build(run);
        this.lines = (run.code || '').split('\n');
        this.step = 0;
        this.timer = null;
        this.ui = {
            svg: root.querySelector('.lab-preview-svg'),
            code: root.querySelector('.lab-preview-code'),
            live: root.querySelector('.lab-preview-live'),
            counter: root.querySelector('.lab-preview-counter'),
            now: root.querySelector('.lab-preview-now'),
            previous: root.querySelector('[data-preview="previous"]'),
            play: root.querySelector('[data-preview="play"]'),
            next: root.querySelector('[data-preview="next"]')
        };
        this.diagram = window.LabDiagram.create(this.ui.svg, this.trace, {sharedAsObjects: false});
        var size = this.diagram.bounds();
        this.ui.svg.setAttribute('viewBox', '0 0 ' + size.width + ' ' + size.height);
        this.showCode();
        this.bind();
    }

    /** The program, one element per line, so the current line can be marked. */
    Player.prototype.showCode = function () {
        var code = this.ui.code;
        code.textContent = '';
        this.lines.forEach(function (line, i) {
            if (i === this.lines.length - 1 && line === '') { return; }
            var span = document.createElement('span');
            span.className = 'lab-preview-line';
            span.setAttribute('data-line', String(i + 1));
            span.textContent = line + '\n';
            code.appendChild(span);
        }, this);
    };

    Player.prototype.bind = function () {
        var self = this;
        this.ui.previous.addEventListener('click', function () { self.pause(); self.show(self.step - 1); });
        this.ui.next.addEventListener('click', function () { self.pause(); self.show(self.step + 1); });
        this.ui.play.addEventListener('click', function () { if (self.timer) { self.pause(); } else { self.play(); } });
        this.root.querySelector('.lab-preview-controls').hidden = false;
        this.root.setAttribute('data-ready', 'true');
    };

    Player.prototype.play = function () {
        var self = this;
        if (this.step >= this.trace.size() - 1) { this.show(0); }
        this.ui.live.setAttribute('aria-live', 'off');
        this.ui.play.textContent = 'Pause';
        this.timer = window.setInterval(function () {
            if (self.step >= self.trace.size() - 1) { self.pause(); return; }
            self.show(self.step + 1);
        }, PLAY_INTERVAL_MS);
    };

    Player.prototype.pause = function () {
        if (this.timer) { window.clearInterval(this.timer); this.timer = null; }
        this.ui.live.setAttribute('aria-live', 'polite');
        this.ui.play.textContent = 'Play';
    };

    Player.prototype.show = function (n) {
        var last = this.trace.size() - 1;
        n = Math.max(0, Math.min(last, n));
        this.step = n;
        this.diagram.render(n);
        var step = this.trace.steps[n];
        this.ui.counter.textContent = 'Step ' + (n + 1) + ' of ' + (last + 1);
        this.ui.now.textContent = '';
        var head = document.createElement('p');
        head.className = 'lab-now-head';
        head.textContent = window.LabStep.title(step, this.lines);
        this.ui.now.appendChild(head);
        this.ui.now.appendChild(window.LabStep.events(step, n));
        this.ui.now.classList.toggle('is-gc', step.kind === 'gc');
        this.ui.code.querySelectorAll('.is-current').forEach(function (e) { e.classList.remove('is-current'); });
        var line = this.ui.code.querySelector('[data-line="' + step.line + '"]');
        if (line) { line.classList.add('is-current'); }
        this.ui.previous.disabled = n === 0;
        this.ui.next.disabled = n === last;
        this.root.setAttribute('data-step', String(n));
    };

    function start(root) {
        var status = root.querySelector('.lab-preview-counter');
        fetch(root.getAttribute('data-recording'), {credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.json();
            })
            .then(function (run) { new Player(root, run).show(0); })
            .catch(function () { status.textContent = 'The recorded run could not be loaded. Reload the page to try again.'; });
    }

    document.querySelectorAll('.lab-preview[data-recording]').forEach(start);
})();
