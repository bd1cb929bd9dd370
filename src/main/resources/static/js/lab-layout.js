/*
 * Where every box of the memory lab's heap diagram goes, computed once per run (and again when
 * the learner switches shared values between inline and boxes), so nothing moves while stepping.
 *
 * Objects are boxes of rows (list indices, dict keys, attribute names); each box keeps the rows
 * of its whole life, so a reference always leaves the same cell. Columns follow the distance from
 * the frames (breadth first over every reference the run ever had); inside a column a box sits
 * beside the row that first pointed at it, like a tree, and a column taller than MAX_HEIGHT
 * wraps into the next one. Linear in objects plus references: a thousand objects take
 * milliseconds, where a general layered layout (elkjs) took tens of seconds.
 */
(function () {
    'use strict';

    var HEAD = 26, ROW = 22, FOOT = 17, MIN_W = 132, VALUE_W = 74;
    var FRAME_W = 170, GAP_X = 72, GAP_Y = 40, TOP = 16, LEFT = 16, MAX_HEIGHT = 1100;
    // The header shows the type (cut to TYPE_CHARS) and the id left of the refcount badge, which
    // takes BADGE_W at the right; the text is measured in the header's font (lab.css .obj-type).
    var TYPE_CHARS = 24, BADGE_W = 36, HEAD_FONT = '700 12.5px ';
    var INLINE_TYPES = {'int': true, 'str': true, 'bool': true, 'NoneType': true, 'float': true};

    /** The row a reference label belongs to, and which of the row's two cells it leaves from. */
    function slotOf(label) {
        if (label.indexOf('key ') === 0) { return {row: label.substring(4), cell: 'key'}; }
        if (label.charAt(0) === '[' && label.charAt(label.length - 1) === ']') {
            return {row: label.substring(1, label.length - 1), cell: 'value'};
        }
        if (label.charAt(0) === '.') { return {row: label.substring(1), cell: 'value'}; }
        return {row: label, cell: 'value'};
    }

    var measure = null;

    /** The drawn width of a header text; 9 px a character where no canvas can measure (the widest capitals). */
    function textWidth(text) {
        if (measure === null && typeof document !== 'undefined') {
            var canvas = document.createElement('canvas');
            measure = canvas.getContext ? canvas.getContext('2d') : null;
            var host = document.querySelector('#lab-svg, .lab-preview-svg') || document.body;
            if (measure) { measure.font = HEAD_FONT + window.getComputedStyle(host).fontFamily; }
        }
        return measure ? measure.measureText(text).width : text.length * 9;
    }

    /** The width a box needs so its header text ends before the refcount badge. */
    function headWidth(type, id) {
        var shown = String(type).length > TYPE_CHARS ? String(type).substring(0, TYPE_CHARS - 1) + '…' : String(type);
        return Math.ceil(8 + textWidth(shown + ' #' + id) + 4 + BADGE_W);
    }

    function labelWidth(rows) {
        var longest = rows.reduce(function (m, r) { return Math.max(m, r.length); }, 1);
        return Math.min(120, Math.max(30, Math.round(longest * 7 + 14)));
    }

    /** Whether a reference to this object is drawn as a value in its cell rather than as an arrow. */
    function inlinable(trace, id) {
        var o = trace.objects.get(id);
        if (!o) { return true; } // a shared object the trace never described
        var first = o.versions[0].obj;
        return !!first.shared && INLINE_TYPES[first.type] === true;
    }

    /** Per object: the rows of its whole life in first-seen order, and its box size. */
    function shapes(trace) {
        var out = new Map();
        trace.objects.forEach(function (o) {
            if (!o.versions.length) { return; }
            var rows = [], index = new Map();
            o.versions.forEach(function (v) {
                v.refs.forEach(function (ref) {
                    var row = slotOf(ref.label).row;
                    if (!index.has(row)) { index.set(row, rows.length); rows.push(row); }
                });
            });
            var labelW = rows.length ? labelWidth(rows) : 0;
            var valueRow = rows.length ? 0 : 1; // a box without references shows its value in one row
            out.set(o.id, {id: o.id, rows: rows, rowIndex: index, labelW: labelW,
                width: Math.max(MIN_W, labelW + VALUE_W, headWidth(o.versions[0].obj.type, o.id)), height: HEAD + Math.max(rows.length, valueRow) * ROW + FOOT});
        });
        return out;
    }

    /** Frames by "depth:name", with every name they ever bound, in first-seen order. */
    function frameShapes(trace) {
        var out = new Map();
        trace.frameNodes.forEach(function (f) {
            out.set(f.key, {key: f.key, name: f.name, depth: f.depth, rows: f.names.slice(),
                rowIndex: new Map(f.names.map(function (n, i) { return [n, i]; })),
                labelW: labelWidth(f.names.length ? f.names : ['x']), width: FRAME_W,
                height: HEAD + Math.max(1, f.names.length) * ROW + 8});
        });
        return out;
    }

    /** Breadth first from the frames: column and parent row of each boxed object. */
    function order(trace, boxes, frames, boxed) {
        var outgoing = new Map();
        trace.edges.forEach(function (e) {
            if (e.fromFrame || !boxed(e.to) || e.from === e.to) { return; }
            var from = boxes.get(e.from);
            if (!from) { return; }
            if (!outgoing.has(e.from)) { outgoing.set(e.from, []); }
            outgoing.get(e.from).push({to: e.to, row: from.rowIndex.get(slotOf(e.label).row) || 0});
        });
        outgoing.forEach(function (list) { list.sort(function (a, b) { return a.row - b.row || a.to - b.to; }); });
        var placed = new Map(), queue = [];
        function visit(id, column, parent, row) {
            if (placed.has(id) || !boxes.has(id)) { return; }
            placed.set(id, {column: column, parent: parent, row: row});
            queue.push(id);
        }
        var roots = [];
        trace.edges.forEach(function (e) {
            var f = e.fromFrame && frames.get(e.fromFrame);
            if (f && boxed(e.to)) { roots.push({to: e.to, depth: f.depth, row: f.rowIndex.get(e.label) || 0}); }
        });
        roots.sort(function (a, b) { return a.depth - b.depth || a.row - b.row; });
        roots.forEach(function (r) { visit(r.to, 1, null, 0); });
        var ids = Array.from(boxes.keys()).sort(function (a, b) {
            return trace.objects.get(a).created - trace.objects.get(b).created || a - b;
        });
        var next = 0, last = 1, head = 0, rest = null;
        for (;;) {
            for (; head < queue.length; head++) {
                var id = queue[head], at = placed.get(id);
                last = Math.max(last, at.column);
                (outgoing.get(id) || []).forEach(function (edge) { visit(edge.to, at.column + 1, id, edge.row); });
            }
            while (next < ids.length && (placed.has(ids[next]) || !boxed(ids[next]))) { next++; }
            if (next >= ids.length) { break; }
            // Nothing shown ever pointed at it (the tail of a long container): after everything else.
            if (rest === null) { rest = last + 1; }
            visit(ids[next], rest, null, 0);
        }
        return placed;
    }

    /**
     * Positions: nodes id -> {x, y, w, h}; the width and height of everything; the x of the
     * frames' column. Objects drawn inline (boxed(id) false) get no box.
     */
    function compute(trace, showSharedAsObjects) {
        var boxes = shapes(trace), frames = frameShapes(trace);
        var boxed = function (id) {
            return boxes.has(id) && (showSharedAsObjects || !inlinable(trace, id));
        };
        var placed = order(trace, boxes, frames, boxed);
        var columns = [];
        placed.forEach(function (p, id) { (columns[p.column] = columns[p.column] || []).push(id); });
        var nodes = new Map(), area = 0;
        placed.forEach(function (p, id) { var b = boxes.get(id); area += (b.width + GAP_X) * (b.height + GAP_Y); });
        // Tall enough that a big heap comes out about as wide as high, like the pane it must fit.
        var maxHeight = Math.max(MAX_HEIGHT, Math.sqrt(area * 0.6));
        var x = LEFT + FRAME_W + GAP_X, width = x, height = maxStackHeight(trace, frames);
        columns.forEach(function (column) {
            if (!column) { return; }
            var cursor = TOP, columnW = 0;
            column.forEach(function (id) {
                var box = boxes.get(id), p = placed.get(id);
                var parent = p.parent === null ? null : nodes.get(p.parent);
                var wanted = parent ? parent.y + HEAD + p.row * ROW - 4 : cursor;
                var y = Math.max(cursor, wanted);
                if (y + box.height > Math.max(maxHeight, height) && cursor > TOP) {
                    x += columnW + GAP_X / 2; // wrap: a very tall column continues beside itself
                    cursor = TOP;
                    columnW = 0;
                    y = TOP;
                }
                nodes.set(id, {x: x, y: y, w: box.width, h: box.height});
                cursor = y + box.height + GAP_Y;
                columnW = Math.max(columnW, box.width);
                height = Math.max(height, cursor);
            });
            x += columnW + GAP_X;
            width = Math.max(width, x);
        });
        return {nodes: nodes, boxes: boxes, frames: frames, width: width, height: height + TOP,
            boxed: boxed, frameX: LEFT};
    }

    /** The tallest call stack of the run, so the frames' column never outgrows the picture. */
    function maxStackHeight(trace, frames) {
        var max = 0;
        trace.frameHistory.forEach(function (h) {
            var total = TOP;
            h.frames.forEach(function (f, depth) {
                var shape = frames.get(depth + ':' + f.name);
                total += (shape ? shape.height : HEAD + ROW) + GAP_Y;
            });
            max = Math.max(max, total);
        });
        return max;
    }

    window.LabLayout = {
        compute: compute, slotOf: slotOf,
        sizes: {TYPE_CHARS: TYPE_CHARS, HEAD: HEAD, ROW: ROW, FOOT: FOOT, VALUE_W: VALUE_W, FRAME_W: FRAME_W, GAP_Y: GAP_Y, TOP: TOP}
    };
})();
