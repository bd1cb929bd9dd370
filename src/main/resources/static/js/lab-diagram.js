/*
 * The memory lab's heap diagram. Every object, frame and reference of a whole run is laid out
 * once (with elkjs, layered, left to right, frames in the first layer), so nothing moves while a
 * learner steps; each step only shows, hides and marks what is already there.
 */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var BOX_W = 156, BOX_H = 62, SHARED_W = 92, SHARED_H = 30;
    var FRAME_W = 150, FRAME_HEAD = 30, FRAME_ROW = 24;
    var MAX_ELK_NODES = 700;

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

    function labelWidth(label) {
        return Math.max(14, label.length * 6.6 + 8);
    }

    /** Everything that may appear in the diagram over the whole run. */
    function collectGraph(trace) {
        var objects = [];
        var shared = new Map();
        trace.objects.forEach(function (o) {
            if (o.versions.length) { objects.push(o); }
        });
        objects.sort(function (a, b) { return a.id - b.id; });
        var known = new Set(objects.map(function (o) { return o.id; }));
        var edges = [];
        trace.edges.forEach(function (edge) {
            if (!known.has(edge.to) && !shared.has(edge.to)) { shared.set(edge.to, {id: edge.to}); }
            edges.push(edge);
        });
        var frames = Array.from(trace.frameNodes.values()).sort(function (a, b) {
            return a.depth - b.depth || (a.key < b.key ? -1 : 1);
        });
        return {objects: objects, shared: Array.from(shared.values()), edges: edges, frames: frames};
    }

    function frameHeight(frame) {
        return FRAME_HEAD + Math.max(1, frame.names.length) * FRAME_ROW + 6;
    }

    function portId(frameKey, name) {
        return 'p:' + frameKey + ':' + name;
    }

    function elkGraph(graph) {
        var children = [];
        graph.frames.forEach(function (f) {
            children.push({
                id: 'f:' + f.key, width: FRAME_W, height: frameHeight(f),
                layoutOptions: {'elk.portConstraints': 'FIXED_POS', 'elk.layered.layering.layerConstraint': 'FIRST'},
                ports: f.names.map(function (name, i) {
                    return {id: portId(f.key, name), width: 2, height: 2, x: FRAME_W - 1,
                        y: FRAME_HEAD + i * FRAME_ROW + FRAME_ROW / 2 - 1,
                        layoutOptions: {'elk.port.side': 'EAST'}};
                })
            });
        });
        graph.objects.forEach(function (o) { children.push({id: 'o:' + o.id, width: BOX_W, height: BOX_H}); });
        graph.shared.forEach(function (s) { children.push({id: 'o:' + s.id, width: SHARED_W, height: SHARED_H}); });
        var edges = graph.edges.map(function (e) {
            var source = e.fromFrame ? portId(e.fromFrame, e.label) : 'o:' + e.from;
            var edge = {id: 'e:' + e.key, sources: [source], targets: ['o:' + e.to]};
            if (!e.fromFrame) { edge.labels = [{text: e.label, width: labelWidth(e.label), height: 14}]; }
            return edge;
        });
        return {
            id: 'root',
            layoutOptions: {
                'elk.algorithm': 'layered',
                'elk.direction': 'RIGHT',
                'elk.edgeRouting': 'ORTHOGONAL',
                'elk.layered.spacing.nodeNodeBetweenLayers': '64',
                'elk.layered.spacing.edgeNodeBetweenLayers': '18',
                'elk.spacing.nodeNode': '26',
                'elk.spacing.edgeNode': '16',
                'elk.spacing.edgeEdge': '9',
                'elk.spacing.edgeLabel': '3',
                'elk.edgeLabels.placement': 'CENTER',
                'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
                'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
                'elk.padding': '[top=20,left=16,bottom=20,right=28]'
            },
            children: children,
            edges: edges
        };
    }

    /** Positions from ELK: {nodes: id -> {x, y, w, h}, edges: key -> {points, label}}. */
    function fromElk(result) {
        var nodes = new Map(), edges = new Map();
        (result.children || []).forEach(function (c) { nodes.set(c.id, {x: c.x, y: c.y, w: c.width, h: c.height}); });
        (result.edges || []).forEach(function (e) {
            var points = [];
            (e.sections || []).forEach(function (s) {
                points.push(s.startPoint);
                (s.bendPoints || []).forEach(function (p) { points.push(p); });
                points.push(s.endPoint);
            });
            var label = e.labels && e.labels[0] && e.labels[0].x !== undefined
                ? {x: e.labels[0].x, y: e.labels[0].y, w: e.labels[0].width} : null;
            edges.set(e.id.substring(2), {points: points, label: label});
        });
        return {nodes: nodes, edges: edges, width: result.width, height: result.height};
    }

    /**
     * Used when elkjs is not available or the run is too large for it: columns by distance from
     * the frames, straight arrows. Arrows may cross boxes here; the ELK layout avoids that.
     */
    function fallbackLayout(graph) {
        var depth = new Map();
        var queue = [];
        graph.edges.forEach(function (e) {
            if (e.fromFrame && !depth.has(e.to)) { depth.set(e.to, 1); queue.push(e.to); }
        });
        var out = new Map();
        graph.edges.forEach(function (e) {
            if (e.from !== null) {
                if (!out.has(e.from)) { out.set(e.from, []); }
                out.get(e.from).push(e.to);
            }
        });
        while (queue.length) {
            var id = queue.shift();
            (out.get(id) || []).forEach(function (t) {
                if (!depth.has(t)) { depth.set(t, depth.get(id) + 1); queue.push(t); }
            });
        }
        var columns = [];
        graph.objects.concat(graph.shared).forEach(function (o) {
            var d = depth.has(o.id) ? depth.get(o.id) : 1;
            (columns[d] = columns[d] || []).push(o);
        });
        var nodes = new Map();
        var y = 20;
        graph.frames.forEach(function (f) {
            nodes.set('f:' + f.key, {x: 16, y: y, w: FRAME_W, h: frameHeight(f)});
            y += frameHeight(f) + 20;
        });
        var height = y, width = 0;
        columns.forEach(function (column, d) {
            if (!column) { return; }
            column.sort(function (a, b) { return a.id - b.id; });
            var cy = 20, x = 16 + d * (BOX_W + 70);
            column.forEach(function (o) {
                var shared = !o.versions;
                var h = shared ? SHARED_H : BOX_H;
                nodes.set('o:' + o.id, {x: x, y: cy, w: shared ? SHARED_W : BOX_W, h: h});
                cy += h + 22;
            });
            height = Math.max(height, cy);
            width = Math.max(width, x + BOX_W + 30);
        });
        var edges = new Map();
        graph.edges.forEach(function (e) {
            var to = nodes.get('o:' + e.to);
            var from, start;
            if (e.fromFrame) {
                from = nodes.get('f:' + e.fromFrame);
                var frame = graph.frames.find(function (f) { return f.key === e.fromFrame; });
                start = {x: from.x + from.w, y: from.y + FRAME_HEAD + frame.names.indexOf(e.label) * FRAME_ROW + FRAME_ROW / 2};
            } else {
                from = nodes.get('o:' + e.from);
                start = {x: from.x + from.w, y: from.y + from.h / 2};
            }
            var end = {x: to.x, y: to.y + to.h / 2};
            if (e.from === e.to) {
                edges.set(e.key, {points: [start, {x: start.x + 16, y: start.y}, {x: start.x + 16, y: from.y - 10},
                    {x: from.x + 20, y: from.y - 10}, {x: from.x + 20, y: from.y}], label: null});
                return;
            }
            var mid = {x: (start.x + end.x) / 2, y: (start.y + end.y) / 2};
            edges.set(e.key, {points: [start, end],
                label: e.fromFrame ? null : {x: mid.x - labelWidth(e.label) / 2, y: mid.y - 14, w: labelWidth(e.label)}});
        });
        return {nodes: nodes, edges: edges, width: Math.max(width, FRAME_W + 40), height: height};
    }

    function layout(graph) {
        var count = graph.objects.length + graph.shared.length + graph.frames.length;
        if (typeof window.ELK !== 'function' || count > MAX_ELK_NODES) {
            return Promise.resolve(Object.assign(fallbackLayout(graph), {engine: 'fallback'}));
        }
        return new window.ELK().layout(elkGraph(graph)).then(function (result) {
            return Object.assign(fromElk(result), {engine: 'elk'});
        }, function () {
            return Object.assign(fallbackLayout(graph), {engine: 'fallback'});
        });
    }

    function pathOf(points) {
        return points.map(function (p, i) { return (i ? 'L' : 'M') + p.x.toFixed(1) + ' ' + p.y.toFixed(1); }).join(' ');
    }

    function defs(svg) {
        var d = el('defs', {}, svg);
        [['arrow', 'arrow-head'], ['arrow-new', 'arrow-head is-new'], ['arrow-removed', 'arrow-head is-removed']]
            .forEach(function (m) {
                var marker = el('marker', {id: 'lab-' + m[0], viewBox: '0 0 10 10', refX: '9', refY: '5',
                    markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse'}, d);
                el('path', {d: 'M0 0 L10 5 L0 10 z', 'class': m[1]}, marker);
            });
    }

    /** The SVG of one run: built once by build(), then render(n) shows step n. */
    function Diagram(svg, trace, graph, positions) {
        this.svg = svg;
        this.trace = trace;
        this.graph = graph;
        this.positions = positions;
        this.engine = positions.engine;
        this.objectNodes = new Map();
        this.sharedNodes = new Map();
        this.frameNodes = new Map();
        this.edgeNodes = new Map();
    }

    Diagram.prototype.build = function () {
        var svg = this.svg, self = this, pos = this.positions;
        while (svg.firstChild) { svg.removeChild(svg.firstChild); }
        var width = Math.ceil(pos.width || 400), height = Math.ceil(pos.height || 200);
        svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
        svg.setAttribute('width', width);
        svg.setAttribute('height', height);
        defs(svg);
        var edgeLayer = el('g', {'class': 'edges'}, svg);
        var nodeLayer = el('g', {'class': 'nodes'}, svg);
        var labelLayer = el('g', {'class': 'edge-labels'}, svg);
        var graph = this.graph;

        graph.frames.forEach(function (f) { self.frameNodes.set(f.key, self.frameBox(nodeLayer, f)); });
        graph.shared.forEach(function (s) { self.sharedNodes.set(s.id, self.sharedBox(nodeLayer, s)); });
        graph.objects.forEach(function (o) { self.objectNodes.set(o.id, self.objectBox(nodeLayer, o)); });
        graph.edges.forEach(function (e) {
            var route = pos.edges.get(e.key);
            if (!route || !route.points.length) { return; }
            var g = el('g', {'class': 'edge is-hidden', 'data-from': e.fromFrame || e.from, 'data-to': e.to}, edgeLayer);
            var path = el('path', {d: pathOf(route.points), 'marker-end': 'url(#lab-arrow)'}, g);
            var label = null;
            if (route.label && !e.fromFrame) {
                label = el('g', {'class': 'edge-label is-hidden',
                    transform: 'translate(' + route.label.x.toFixed(1) + ',' + route.label.y.toFixed(1) + ')'}, labelLayer);
                el('rect', {width: route.label.w, height: 14, rx: 4}, label);
                var t = el('text', {x: route.label.w / 2, y: 11, 'text-anchor': 'middle'}, label);
                t.textContent = e.label;
            }
            self.edgeNodes.set(e.key, {g: g, path: path, label: label, edge: e});
        });
    };

    Diagram.prototype.place = function (id) {
        var p = this.positions.nodes.get(id) || {x: 0, y: 0};
        return 'translate(' + p.x.toFixed(1) + ',' + p.y.toFixed(1) + ')';
    };

    Diagram.prototype.frameBox = function (layer, f) {
        var g = el('g', {'class': 'frame is-hidden', transform: this.place('f:' + f.key), 'data-frame': f.name}, layer);
        var h = frameHeight(f);
        el('rect', {'class': 'frame-box', width: FRAME_W, height: h, rx: 8}, g);
        el('rect', {'class': 'frame-head', width: FRAME_W, height: FRAME_HEAD - 4, rx: 8}, g);
        var title = el('text', {'class': 'frame-title', x: 10, y: 18}, g);
        title.textContent = f.depth === 0 ? 'globals' : f.name + '()';
        var rows = new Map();
        f.names.forEach(function (name, i) {
            var t = el('text', {'class': 'frame-name', x: FRAME_W - 12, y: FRAME_HEAD + i * FRAME_ROW + 16, 'text-anchor': 'end'}, g);
            t.textContent = short(name, 18);
            rows.set(name, t);
        });
        return {g: g, rows: rows};
    };

    Diagram.prototype.sharedBox = function (layer, s) {
        var g = el('g', {'class': 'obj obj-shared is-hidden', transform: this.place('o:' + s.id),
            'data-object-id': s.id, 'data-type': 'shared', 'data-refcount': 'shared', 'data-freed': 'false'}, layer);
        el('rect', {'class': 'box', width: SHARED_W, height: SHARED_H, rx: 15}, g);
        var t = el('text', {'class': 'obj-type', x: SHARED_W / 2, y: 19, 'text-anchor': 'middle'}, g);
        t.textContent = 'shared #' + s.id;
        return {g: g};
    };

    Diagram.prototype.objectBox = function (layer, o) {
        var g = el('g', {'class': 'obj is-hidden', transform: this.place('o:' + o.id), 'data-object-id': o.id}, layer);
        var box = el('rect', {'class': 'box', width: BOX_W, height: BOX_H, rx: 9}, g);
        var type = el('text', {'class': 'obj-type', x: 10, y: 18}, g);
        var value = el('text', {'class': 'obj-value', x: 10, y: 37}, g);
        var size = el('text', {'class': 'obj-size', x: 10, y: 54}, g);
        var gen = el('text', {'class': 'obj-gen', x: BOX_W - 8, y: 54, 'text-anchor': 'end'}, g);
        var badge = el('g', {'class': 'badge', transform: 'translate(' + (BOX_W - 4) + ',4)'}, g);
        el('circle', {r: 13}, badge);
        var count = el('text', {y: 4.5, 'text-anchor': 'middle'}, badge);
        var delta = el('text', {'class': 'delta', x: BOX_W - 24, y: -6, 'text-anchor': 'end'}, g);
        var gc = el('g', {'class': 'gc-tag', transform: 'translate(0,' + (BOX_H + 4) + ')'}, g);
        el('rect', {width: 86, height: 17, rx: 5}, gc);
        var gcText = el('text', {x: 6, y: 12.5}, gc);
        var title = el('title', {}, g);
        return {g: g, box: box, type: type, value: value, size: size, gen: gen, count: count, delta: delta,
            gcText: gcText, title: title, version: null};
    };

    /** Shows step n, marking what changed since step n - 1. */
    Diagram.prototype.render = function (n) {
        var trace = this.trace;
        var now = trace.edgeKeysAt(n), before = trace.edgeKeysAt(n - 1);
        var gcRefs = trace.gcRefsAt(n);
        var targetsShown = new Set();
        var self = this;

        this.edgeNodes.forEach(function (node, key) {
            var state = now.has(key) ? (before.has(key) || n === 0 ? 'edge' : 'edge is-new')
                : (before.has(key) ? 'edge is-removed' : 'edge is-hidden');
            put(node.g, 'class', state);
            put(node.path, 'marker-end', state === 'edge is-new' ? 'url(#lab-arrow-new)'
                : state === 'edge is-removed' ? 'url(#lab-arrow-removed)' : 'url(#lab-arrow)');
            if (node.label) { put(node.label, 'class', state.replace('edge', 'edge-label')); }
            if (state !== 'edge is-hidden') { targetsShown.add(node.edge.to); }
        });

        this.sharedNodes.forEach(function (node, id) {
            put(node.g, 'class', targetsShown.has(id) ? 'obj obj-shared' : 'obj obj-shared is-hidden');
        });

        var frames = trace.framesAt(n).frames;
        var live = new Map();
        frames.forEach(function (f, depth) { live.set(depth + ':' + f.name, f); });
        this.frameNodes.forEach(function (node, key) {
            var f = live.get(key);
            put(node.g, 'class', f ? 'frame' : 'frame is-hidden');
            node.rows.forEach(function (row, name) {
                put(row, 'class', f && f.names && name in f.names ? 'frame-name' : 'frame-name is-hidden');
            });
        });

        this.objectNodes.forEach(function (node, id) { self.renderObject(node, id, n, gcRefs); });
    };

    Diagram.prototype.renderObject = function (node, id, n, gcRefs) {
        var trace = this.trace;
        var life = trace.lifeAt(id, n);
        var v = trace.objectAt(id, n);
        if (life === 'absent' || !v) {
            put(node.g, 'class', 'obj is-hidden');
            put(node.g, 'data-freed', 'false');
            return;
        }
        var o = v.obj;
        if (node.version !== v) {
            node.version = v;
            text(node.type, o.type + ' #' + id);
            text(node.value, short(o.value, 22));
            text(node.size, o.size + ' bytes');
            text(node.gen, o.tracked ? (o.generation === null || o.generation === undefined ? 'tracked' : 'gen ' + o.generation) : '');
            put(node.g, 'data-type', o.type);
            text(node.title, o.type + ' #' + id + ': ' + (o.value || '') + ', ' + o.size + ' bytes');
        }
        var freed = life === 'freed' || life === 'freed-now';
        var rc = trace.refcountAt(id, n);
        var previous = trace.refcountAt(id, n - 1);
        var shown = o.shared ? 'shared' : String(rc);
        text(node.count, o.shared ? '∞' : shown);
        put(node.g, 'data-refcount', shown);
        put(node.g, 'data-freed', freed ? 'true' : 'false');
        var delta = !o.shared && previous !== null && rc !== null && rc !== previous ? rc - previous : 0;
        text(node.delta, delta > 0 ? '+' + delta : delta < 0 ? '−' + (-delta) : '');
        var g = gcRefs && gcRefs.get(id);
        text(node.gcText, g ? 'gc_refs ' + g.gcRefs + (g.unreachable ? ' · unreachable' : '') : '');
        var cls = 'obj';
        if (life === 'freed') { cls += ' is-gone'; }
        if (life === 'freed-now') { cls += ' is-freed'; }
        if (trace.objects.get(id).created === n && n > 0) { cls += ' is-new'; }
        if (delta > 0) { cls += ' is-up'; }
        if (delta < 0) { cls += ' is-down'; }
        if (g) { cls += g.unreachable ? ' gc-examined gc-unreachable' : ' gc-examined'; }
        put(node.g, 'class', cls);
    };

    window.LabDiagram = {
        /** Lays out the run and resolves to a diagram drawn into svg. */
        create: function (svg, trace) {
            var graph = collectGraph(trace);
            return layout(graph).then(function (positions) {
                var d = new Diagram(svg, trace, graph, positions);
                d.build();
                return d;
            });
        }
    };
})();
