/*
 * Zoom and pan of the heap diagram through the SVG's viewBox: wheel (with Ctrl it zooms, alone
 * it pans), dragging with a mouse or one finger, pinching with two, and the keyboard inside the
 * pane (+, -, 0 fits, Shift+arrows pan). The picture never overflows its pane: it moves inside it.
 */
(function () {
    'use strict';

    var MIN = 0.05, MAX = 3;

    function Viewport(wrap, svg, onChange) {
        this.wrap = wrap;
        this.svg = svg;
        this.onChange = onChange || function () {};
        this.view = {x: 0, y: 0, scale: 1};
        this.content = {width: 400, height: 200};
        this.pointers = new Map();
        this.listen();
    }

    /**
     * The pane's size, read when asked to (measure) rather than on every change: read after a big
     * diagram was built, it would force the browser to lay the whole picture out twice.
     */
    Viewport.prototype.measure = function () {
        this.cached = {w: Math.max(1, this.wrap.clientWidth), h: Math.max(1, this.wrap.clientHeight)};
        return this.cached;
    };

    Viewport.prototype.size = function () {
        return this.cached || this.measure();
    };

    Viewport.prototype.apply = function () {
        var s = this.size(), v = this.view;
        this.svg.setAttribute('viewBox', v.x.toFixed(1) + ' ' + v.y.toFixed(1) + ' ' +
            (s.w / v.scale).toFixed(1) + ' ' + (s.h / v.scale).toFixed(1));
        this.wrap.setAttribute('data-zoom', v.scale.toFixed(3));
        this.onChange(v);
    };

    /** Everything in view, centred; never enlarged past 100 %. */
    Viewport.prototype.fit = function (content) {
        if (content) { this.content = content; }
        var s = this.size(), c = this.content;
        var scale = Math.max(MIN, Math.min(1, s.w / c.width, s.h / c.height));
        this.view = {scale: scale, x: (c.width - s.w / scale) / 2, y: (c.height - s.h / scale) / 2};
        this.apply();
    };

    /** Zooms by factor around a point of the pane (client pixels relative to the pane). */
    Viewport.prototype.zoom = function (factor, px, py) {
        var s = this.size(), v = this.view;
        if (px === undefined) { px = s.w / 2; py = s.h / 2; }
        var scale = Math.max(MIN, Math.min(MAX, v.scale * factor));
        var wx = v.x + px / v.scale, wy = v.y + py / v.scale;
        this.view = {scale: scale, x: wx - px / scale, y: wy - py / scale};
        this.apply();
    };

    Viewport.prototype.pan = function (dx, dy) {
        this.view.x -= dx / this.view.scale;
        this.view.y -= dy / this.view.scale;
        this.apply();
    };

    /** Centres a box of the diagram, zooming in to at least 80 % so it can be read. */
    Viewport.prototype.show = function (box) {
        var s = this.size(), scale = Math.max(this.view.scale, 0.8);
        this.view = {scale: scale, x: box.x + box.w / 2 - s.w / 2 / scale, y: box.y + box.h / 2 - s.h / 2 / scale};
        this.apply();
    };

    Viewport.prototype.local = function (e) {
        var r = this.wrap.getBoundingClientRect();
        return {x: e.clientX - r.left, y: e.clientY - r.top};
    };

    Viewport.prototype.listen = function () {
        var self = this, wrap = this.wrap;
        wrap.addEventListener('wheel', function (e) {
            e.preventDefault();
            var p = self.local(e);
            if (e.ctrlKey || e.metaKey) { self.zoom(Math.exp(-e.deltaY / 300), p.x, p.y); } else { self.pan(-e.deltaX, -e.deltaY); }
        }, {passive: false});
        wrap.addEventListener('pointerdown', function (e) {
            if (e.button !== undefined && e.button !== 0) { return; }
            self.pointers.set(e.pointerId, self.local(e));
            wrap.setPointerCapture(e.pointerId);
            wrap.classList.add('is-panning');
        });
        wrap.addEventListener('pointermove', function (e) {
            if (!self.pointers.has(e.pointerId)) { return; }
            var before = Array.from(self.pointers.values());
            var p = self.local(e), old = self.pointers.get(e.pointerId);
            self.pointers.set(e.pointerId, p);
            if (self.pointers.size === 1) { self.pan(p.x - old.x, p.y - old.y); return; }
            var after = Array.from(self.pointers.values());
            var d0 = distance(before[0], before[1]), d1 = distance(after[0], after[1]);
            if (d0 > 0) { self.zoom(d1 / d0, (after[0].x + after[1].x) / 2, (after[0].y + after[1].y) / 2); }
        });
        function end(e) {
            self.pointers.delete(e.pointerId);
            if (!self.pointers.size) { wrap.classList.remove('is-panning'); }
        }
        wrap.addEventListener('pointerup', end);
        wrap.addEventListener('pointercancel', end);
        wrap.addEventListener('keydown', function (e) {
            if (e.ctrlKey || e.altKey || e.metaKey) { return; }
            var step = 60, handled = true;
            if (e.key === '+' || e.key === '=') { self.zoom(1.25); }
            else if (e.key === '-' || e.key === '_') { self.zoom(0.8); }
            else if (e.key === '0') { self.fit(); }
            else if (e.shiftKey && e.key === 'ArrowLeft') { self.pan(step, 0); }
            else if (e.shiftKey && e.key === 'ArrowRight') { self.pan(-step, 0); }
            else if (e.shiftKey && e.key === 'ArrowUp') { self.pan(0, step); }
            else if (e.shiftKey && e.key === 'ArrowDown') { self.pan(0, -step); }
            else { handled = false; }
            if (handled) { e.preventDefault(); e.stopPropagation(); }
        });
    };

    function distance(a, b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }

    window.LabViewport = {
        attach: function (wrap, svg, onChange) { return new Viewport(wrap, svg, onChange); }
    };
})();
