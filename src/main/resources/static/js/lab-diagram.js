/*
 * The memory lab's heap diagram, drawn the way Python Tutor draws one: frames on the left, each
 * object a box of rows (indices, keys, attribute names) and every reference an arrow leaving its
 * cell. Positions come from LabLayout once per run; each step only shows, hides, fills and marks.
 *
 * Every reference has an element carrying data-from (object id, or "frame:depth:name"), data-to
 * and data-label: an arrow (.edge) or, for a shared small value drawn in its cell, .ref-inline.
 */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var S = window.LabLayout.sizes;

    function el(name, attrs, parent) {
        var e = document.createElementNS(SVG, name);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (parent) { parent.appendChild(e); }
        return e;
    }

    /** Sets an attribute only when it changes: most of a step's work is noticing nothing changed. */
    function put(e, name, value) {
        var cache = e.__labAttrs || (e.__labAttrs = {});
        if (cache[name] === value) { return; }
        cache[name] = value;
        if (value === null) { e.removeAttribute(name); } else { e.setAttribute(name, value); }
    }

    function text(e, value) {
        if (e.__labText !== value) { e.__labText = value; e.textContent = value; }
    }

    function short(value, max) {
        if (value === null || value === undefined) { return ''; }
        value = String(value);
        return value.length > max ? value.substring(0, max - 1) + '…' : value;
    }

    function frameId(key) {
        return 'frame:' + key;
    }

    function defs(svg) {
        var d = el('defs', {}, svg);
        ['arrow', 'arrow-new', 'arrow-removed', 'arrow-gc', 'arrow-weak'].forEach(function (m) {
            var marker = el('marker', {id: 'lab-' + m, viewBox: '0 0 10 10', refX: '9', refY: '5',
                markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse'}, d);
            el('path', {d: 'M0 0 L10 5 L0 10 z', 'class': 'arrow-head ' + m}, marker);
        });
    }

    /** A cubic curve from a cell to a box's header: rightwards, or looping back from the right. */
    function curve(sx, sy, box) {
        var ty = box.y + S.HEAD / 2, tx, c1x, c2x;
        if (box.x > sx + 24) {
            tx = box.x;
            var dx = Math.max(30, (tx - sx) / 2);
            c1x = sx + dx;
            c2x = tx - dx;
        } else {
            tx = box.x + box.w;
            ty = box.y + S.HEAD + 8; // below the header's refcount badge
            c1x = Math.max(sx, tx) + 60;
            c2x = tx + 60;
        }
        return {d: 'M' + sx.toFixed(1) + ' ' + sy.toFixed(1) + ' C' + c1x.toFixed(1) + ' ' + sy.toFixed(1) + ' ' +
                c2x.toFixed(1) + ' ' + ty.toFixed(1) + ' ' + tx.toFixed(1) + ' ' + ty.toFixed(1),
            // The point at t = 0.8, near the arrowhead, where a note names what the arrow does.
            near: {x: 0.008 * sx + 0.096 * c1x + 0.384 * c2x + 0.512 * tx, y: 0.104 * sy + 0.896 * ty}};
    }

    /** The SVG of one run: built once, then render(n) shows step n. */
    function Diagram(svg, trace, layout, options) {
        this.svg = svg;
        this.trace = trace;
        this.layout = layout;
        this.options = options;
        this.objectNodes = new Map();
        this.frameNodes = new Map();
        this.edgeNodes = new Map();
        this.shownEdges = new Set();
        this.pills = new Map();
        this.engine = 'lab-layout';
    }

    Diagram.prototype.build = function () {
        var svg = this.svg, self = this;
        while (svg.firstChild) { svg.removeChild(svg.firstChild); }
        defs(svg);
        this.groupLayer = el('g', {'class': 'gc-groups'}, svg);
        this.nodeLayer = el('g', {'class': 'nodes'}, svg);
        this.edgeLayer = el('g', {'class': 'edges'}, svg);
        this.noteLayer = el('g', {'class': 'edge-notes'}, svg);
        // Boxes are made when first shown: a long run's objects are seldom all alive at once.
        this.layout.nodes.forEach(function (pos, id) { self.objectNodes.set(id, {pos: pos, g: null}); });
        this.layout.frames.forEach(function (shape, key) { self.frameNodes.set(key, self.frameBox(shape)); });
    };

    Diagram.prototype.bounds = function () {
        return {width: this.layout.width, height: this.layout.height};
    };

    Diagram.prototype.objectBox = function (node, id) {
        var pos = node.pos;
        var g = el('g', {'class': 'obj', transform: 'translate(' + pos.x + ',' + pos.y + ')', 'data-object-id': id}, this.nodeLayer);
        var box = el('rect', {'class': 'box', width: pos.w, height: pos.h, rx: 7}, g);
        el('rect', {'class': 'obj-head', width: pos.w, height: S.HEAD, rx: 7}, g);
        var type = el('text', {'class': 'obj-type', x: 8, y: 17}, g);
        var badge = el('g', {'class': 'badge', transform: 'translate(' + (pos.w - 15) + ',13)'}, g);
        el('rect', {x: -13, y: -9, width: 26, height: 18, rx: 9}, badge);
        var count = el('text', {y: 4.5, 'text-anchor': 'middle'}, badge);
        var rows = el('g', {'class': 'rows'}, g);
        var foot = el('text', {'class': 'obj-size', x: 8}, g);
        Object.assign(node, {g: g, box: box, type: type, count: count, delta: null, rows: rows, foot: foot, gcText: null,
            version: null, inline: null});
    };

    /** The refcount change and the gc_refs tag are made the first time they have something to say. */
    Diagram.prototype.extra = function (node, name, words) {
        if (!node[name]) {
            if (!words) { return; }
            if (name === 'delta') {
                node.delta = el('text', {'class': 'delta', x: node.pos.w - 32, y: 17, 'text-anchor': 'end'}, node.g);
            } else {
                var gc = el('g', {'class': 'gc-tag', transform: 'translate(0,-19)'}, node.g);
                el('rect', {width: 120, height: 16, rx: 5}, gc);
                node.gcText = el('text', {x: 6, y: 12}, gc);
            }
        }
        text(node[name], words);
    };

    Diagram.prototype.frameBox = function (shape) {
        var g = el('g', {'class': 'frame is-hidden', 'data-frame': shape.name, 'data-frame-id': frameId(shape.key)}, this.nodeLayer);
        el('rect', {'class': 'frame-box', width: shape.width, height: shape.height, rx: 8}, g);
        el('rect', {'class': 'frame-head', width: shape.width, height: S.HEAD - 2, rx: 8}, g);
        var title = el('text', {'class': 'frame-title', x: 10, y: 17}, g);
        title.textContent = shape.depth === 0 ? 'Global frame' : shape.name + '()';
        var rows = el('g', {'class': 'rows'}, g);
        return {g: g, shape: shape, rows: rows, y: null, names: null};
    };

    /** The value a shared object shows inline in a cell. */
    Diagram.prototype.inlineText = function (id, n) {
        var v = this.trace.objectAt(id, Math.max(n, this.trace.objects.has(id) ? this.trace.objects.get(id).created : 0));
        return v ? short(v.obj.value, 10) : '#' + id;
    };

    /** One row of a box: label cell (or key cell) and value cell, each inline text or an arrow's dot. */
    Diagram.prototype.row = function (parent, i, labelW, width, from, cells, n) {
        var y = S.HEAD + i * S.ROW;
        var r = el('g', {'class': 'row', transform: 'translate(0,' + y + ')'}, parent);
        el('rect', {'class': 'cell-key', width: labelW, height: S.ROW}, r);
        el('rect', {'class': 'cell-value', x: labelW, width: width - labelW, height: S.ROW}, r);
        this.cell(r, labelW / 2, from, cells.key, cells.name, n);
        this.cell(r, labelW + (width - labelW) / 2, from, cells.value, null, n);
    };

    Diagram.prototype.cell = function (r, cx, from, ref, name, n) {
        if (!ref) {
            if (name !== null) { el('text', {'class': 'cell-label', x: cx, y: 15, 'text-anchor': 'middle'}, r).textContent = short(name, 14); }
            return;
        }
        if (!this.layout.boxed(ref.target)) {
            var t = el('text', {'class': 'ref-inline', x: cx, y: 15, 'text-anchor': 'middle', 'data-from': from,
                'data-to': ref.target, 'data-label': ref.label}, r);
            t.textContent = this.inlineText(ref.target, n);
            return;
        }
        el('circle', {'class': 'cell-dot' + (ref.weak ? ' is-weak' : ''), cx: cx, cy: S.ROW / 2, r: 3.5}, r);
    };

    /** Groups an object's references by row: {row: {name, key: ref|null, value: ref|null}}. */
    function rowsOf(refs) {
        var rows = new Map();
        refs.forEach(function (ref) {
            var slot = window.LabLayout.slotOf(ref.label);
            if (!rows.has(slot.row)) { rows.set(slot.row, {name: slot.row, key: null, value: null}); }
            rows.get(slot.row)[slot.cell] = ref;
        });
        return rows;
    }

    /** Shows step n, marking what changed since step n - 1. */
    Diagram.prototype.render = function (n) {
        var trace = this.trace, self = this;
        var gcRefs = trace.gcRefsAt(n);
        var step = trace.steps[n] || {};
        var wanted = new Map(), before = new Set();
        this.renderFrames(n, wanted);
        this.objectNodes.forEach(function (node, id) { self.renderObject(node, id, n, gcRefs, wanted); });
        if (n > 0) { this.arrowKeys(n - 1, before); }
        this.renderEdges(wanted, before, n, gcRefs, step.phase);
        this.renderGroup(gcRefs);
    };

    /** The stack at step n, top to bottom from the globals, each frame under the one before it. */
    Diagram.prototype.renderFrames = function (n, wanted) {
        var frames = this.trace.framesAt(n).frames, self = this;
        var live = new Map(), y = S.TOP;
        frames.forEach(function (f, depth) { live.set(depth + ':' + f.name, f); });
        this.frameNodes.forEach(function (node, key) {
            var f = live.get(key);
            if (!f) { put(node.g, 'class', 'frame is-hidden'); return; }
            put(node.g, 'class', 'frame');
            if (node.y !== y) { node.y = y; node.g.setAttribute('transform', 'translate(' + self.layout.frameX + ',' + y + ')'); }
            if (node.names !== f.names || node.inline !== self.options.sharedAsObjects) { self.fillFrame(node, f, n); }
            var from = frameId(key);
            Object.keys(f.names || {}).forEach(function (name) {
                var target = f.names[name];
                if (!self.layout.boxed(target)) { return; }
                var i = node.shape.rowIndex.get(name);
                wanted.set(from + '|' + name + '|' + target, {from: from, label: name, to: target, weak: false,
                    sx: self.layout.frameX + node.shape.labelW + (node.shape.width - node.shape.labelW) / 2,
                    sy: y + S.HEAD + i * S.ROW + S.ROW / 2, frame: true});
            });
            y += node.shape.height + S.GAP_Y;
        });
    };

    Diagram.prototype.fillFrame = function (node, f, n) {
        node.names = f.names;
        node.inline = this.options.sharedAsObjects;
        node.rows.textContent = '';
        var self = this, shape = node.shape, from = frameId(shape.key);
        Object.keys(f.names || {}).forEach(function (name) {
            var i = shape.rowIndex.get(name);
            var r = el('g', {'class': 'row', transform: 'translate(0,' + (S.HEAD + i * S.ROW) + ')'}, node.rows);
            el('text', {'class': 'frame-name', x: shape.labelW - 6, y: 15, 'text-anchor': 'end'}, r).textContent = short(name, 16);
            el('rect', {'class': 'cell-value', x: shape.labelW, width: shape.width - shape.labelW - 6, height: S.ROW - 2, y: 1}, r);
            self.cell(r, shape.labelW + (shape.width - shape.labelW - 6) / 2, from, {label: name, target: f.names[name]}, null, n);
        });
    };

    Diagram.prototype.renderObject = function (node, id, n, gcRefs, wanted) {
        var trace = this.trace;
        var life = trace.lifeAt(id, n);
        var v = trace.objectAt(id, n);
        if (life === 'absent' || life === 'freed' || !v) {
            if (node.g) {
                put(node.g, 'class', 'obj is-hidden');
                put(node.g, 'data-freed', life === 'freed' ? 'true' : 'false');
            }
            return;
        }
        if (!node.g) { this.objectBox(node, id); }
        var o = v.obj;
        if (node.version !== v || node.inline !== this.options.sharedAsObjects) { this.fillObject(node, id, v, n); }
        var freed = life === 'freed-now';
        if (!freed) { this.objectArrows(node, id, v, wanted); }
        var rc = trace.refcountAt(id, n), previous = trace.refcountAt(id, n - 1);
        var shown = o.shared ? 'shared' : String(rc);
        text(node.count, o.shared ? '∞' : shown);
        put(node.g, 'data-refcount', shown);
        put(node.g, 'data-freed', freed ? 'true' : 'false');
        var delta = !o.shared && previous !== null && rc !== null && rc !== previous ? rc - previous : 0;
        this.extra(node, 'delta', delta > 0 ? '+' + delta : delta < 0 ? '−' + (-delta) : '');
        var g = gcRefs && gcRefs.get(id);
        this.extra(node, 'gcText', g ? 'gc_refs ' + g.gcRefs + (g.unreachable ? ' · unreachable' : '') : '');
        var cls = 'obj';
        if (freed) { cls += ' is-freed'; }
        if (trace.objects.get(id).created === n && n > 0) { cls += ' is-new'; }
        if (delta > 0) { cls += ' is-up'; }
        if (delta < 0) { cls += ' is-down'; }
        if (g) { cls += g.unreachable ? ' gc-examined gc-unreachable' : ' gc-examined'; }
        if (this.found === id) { cls += ' is-found'; }
        put(node.g, 'class', cls);
    };

    Diagram.prototype.fillObject = function (node, id, v, n) {
        var o = v.obj, box = this.layout.boxes.get(id), self = this;
        node.version = v;
        node.inline = this.options.sharedAsObjects;
        text(node.type, short(o.type, S.TYPE_CHARS) + ' #' + id);
        put(node.g, 'data-type', o.type);
        node.rows.textContent = '';
        var rows = rowsOf(v.refs), last = -1;
        rows.forEach(function (cells, name) {
            var i = box.rowIndex.get(name);
            self.row(node.rows, i, box.labelW, box.width, id, cells, n);
            last = Math.max(last, i);
        });
        if (!box.rows.length) {
            var t = el('text', {'class': 'obj-value', x: 8, y: S.HEAD + 15}, node.rows);
            t.textContent = short(o.value, Math.floor(box.width / 7.2));
            last = 0;
        }
        var height = S.HEAD + (last + 1) * S.ROW + S.FOOT;
        put(node.box, 'height', String(height));
        put(node.foot, 'y', String(height - 5));
        var value = box.rows.length && o.value ? short(o.value, 12) + ' · ' : '';
        text(node.foot, value + o.size + ' B' + (o.tracked ? (o.generation === null || o.generation === undefined ? '' : ' · gen ' + o.generation) : ''));
    };

    Diagram.prototype.objectArrows = function (node, id, v, wanted) {
        var box = this.layout.boxes.get(id), pos = node.pos, self = this;
        v.refs.forEach(function (ref) {
            if (!self.layout.boxed(ref.target)) { return; }
            var slot = window.LabLayout.slotOf(ref.label), i = box.rowIndex.get(slot.row);
            var cx = slot.cell === 'key' ? box.labelW / 2 : box.labelW + (box.width - box.labelW) / 2;
            wanted.set(id + '|' + ref.label + '|' + ref.target, {from: id, label: ref.label, to: ref.target, weak: !!ref.weak,
                sx: pos.x + cx, sy: pos.y + S.HEAD + i * S.ROW + S.ROW / 2, frame: false});
        });
    };

    /** Keys of the arrows drawn at step n (for "what is new, what went"), without drawing anything. */
    Diagram.prototype.arrowKeys = function (n, into) {
        var trace = this.trace, layout = this.layout;
        trace.framesAt(n).frames.forEach(function (f, depth) {
            Object.keys(f.names || {}).forEach(function (name) {
                if (layout.boxed(f.names[name])) { into.add(frameId(depth + ':' + f.name) + '|' + name + '|' + f.names[name]); }
            });
        });
        this.objectNodes.forEach(function (node, id) {
            if (trace.lifeAt(id, n) !== 'live') { return; }
            var v = trace.objectAt(id, n);
            if (v) { v.refKeys.forEach(function (k) { into.add(k); }); }
        });
    };

    Diagram.prototype.renderEdges = function (wanted, before, n, gcRefs, phase) {
        var self = this, shown = new Set();
        wanted.forEach(function (edge, key) {
            var target = self.layout.nodes.get(edge.to);
            if (!target) { return; }
            var node = self.edgeNodes.get(key) || self.newEdge(key, edge);
            var from = edge.frame ? edge.sx + ',' + edge.sy : null;
            if (node.at !== from) { node.at = from; node.geometry = curve(edge.sx, edge.sy, target); put(node.path, 'd', node.geometry.d); }
            var examined = gcRefs && !edge.frame && gcRefs.has(edge.from) && gcRefs.has(edge.to);
            var cls = 'edge' + (edge.weak ? ' is-weak' : '') + (n > 0 && !before.has(key) ? ' is-new' : '') +
                (examined ? ' gc-internal' : '');
            put(node.g, 'class', cls);
            put(node.path, 'marker-end', 'url(#lab-' + (examined ? 'arrow-gc' : cls.indexOf('is-new') > 0 ? 'arrow-new'
                : edge.weak ? 'arrow-weak' : 'arrow') + ')');
            self.note(node, examined ? noteFor(phase) : null);
            shown.add(key);
        });
        this.shownEdges.forEach(function (key) {
            if (shown.has(key)) { return; }
            var node = self.edgeNodes.get(key);
            // An arrow that existed on the step before is shown once more, dashed, as removed.
            var removed = before.has(key) && self.objectNodes.has(node.edge.to) && !node.edge.frame;
            put(node.g, 'class', removed ? 'edge is-removed' : 'edge is-hidden');
            put(node.path, 'marker-end', 'url(#lab-arrow-removed)');
            self.note(node, null);
            if (removed) { shown.add(key); }
        });
        this.shownEdges = shown;
    };

    /** What an arrow between two examined objects means in this phase of the collector. */
    function noteFor(phase) {
        return phase === 'subtract_refs' ? '−1' : null;
    }

    Diagram.prototype.note = function (node, words) {
        if (!words) { if (node.note) { put(node.note, 'class', 'edge-note is-hidden'); } return; }
        if (!node.note) {
            node.note = el('g', {'class': 'edge-note'}, this.noteLayer);
            node.noteRect = el('rect', {height: 15, rx: 4}, node.note);
            node.noteText = el('text', {x: 5, y: 11.5}, node.note);
        }
        put(node.note, 'class', 'edge-note');
        put(node.note, 'transform', 'translate(' + (node.geometry.near.x - 10).toFixed(1) + ',' + (node.geometry.near.y - 8).toFixed(1) + ')');
        text(node.noteText, words);
        put(node.noteRect, 'width', String(words.length * 6.3 + 10));
    };

    Diagram.prototype.newEdge = function (key, edge) {
        var g = el('g', {'class': 'edge', 'data-from': edge.from, 'data-to': edge.to, 'data-label': edge.label}, this.edgeLayer);
        var path = el('path', {}, g);
        var node = {g: g, path: path, edge: edge, at: undefined, geometry: null, note: null};
        this.edgeNodes.set(key, node);
        return node;
    };

    /** The unreachable objects of a collection outlined as one group (padded boxes that merge). */
    Diagram.prototype.renderGroup = function (gcRefs) {
        var layer = this.groupLayer, self = this;
        var ids = [];
        if (gcRefs) { gcRefs.forEach(function (g, id) { if (g.unreachable && self.layout.nodes.has(id)) { ids.push(id); } }); }
        var key = ids.join(',');
        if (layer.__key === key) { return; }
        layer.__key = key;
        layer.textContent = '';
        if (!ids.length) { return; }
        var g = el('g', {'class': 'gc-group', 'data-unreachable': key}, layer);
        // Outlines first, then fills over them: where padded boxes overlap, the inner lines vanish
        // and the group reads as one shape.
        var outline = el('g', {'class': 'gc-group-outline'}, g), fill = el('g', {'class': 'gc-group-fill'}, g);
        var low = null;
        ids.forEach(function (id) {
            var p = self.layout.nodes.get(id);
            var attrs = {x: p.x - 12, y: p.y - 24, width: p.w + 24, height: p.h + 48, rx: 14};
            el('rect', attrs, outline);
            el('rect', attrs, fill);
            if (!low || p.y + p.h > low.y + low.h) { low = p; }
        });
        var label = el('text', {'class': 'gc-group-label', x: low.x - 4, y: low.y + low.h + 17}, g);
        label.textContent = 'unreachable: ' + ids.length + ' object' + (ids.length === 1 ? '' : 's');
    };

    /** Marks one object (the "jump to object" control); returns its box or null. */
    Diagram.prototype.find = function (id) {
        this.found = id;
        return this.layout.nodes.get(id) || null;
    };

    /**
     * Moves the keyboard focus to an object drawn at this step, named by its type, id and refcount.
     * Not scrolled by the browser: the viewport has already brought it into view.
     */
    Diagram.prototype.focus = function (id) {
        var node = this.objectNodes.get(id);
        if (!node || !node.g) { return false; }
        node.g.setAttribute('tabindex', '-1');
        node.g.setAttribute('aria-label', node.type.textContent + ', refcount ' + node.count.textContent);
        node.g.focus({preventScroll: true});
        return document.activeElement === node.g;
    };

    window.LabDiagram = {
        /** Lays out the run and draws it into svg; options.sharedAsObjects boxes small ints, strings, None. */
        create: function (svg, trace, options) {
            performance.mark('lab-layout-start');
            var layout = window.LabLayout.compute(trace, options.sharedAsObjects);
            performance.mark('lab-layout-end');
            var d = new Diagram(svg, trace, layout, options);
            d.build();
            return d;
        }
    };
})();
