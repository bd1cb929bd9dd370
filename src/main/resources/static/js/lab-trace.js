/*
 * The memory lab's model of a run. The engine sends changes per step (objects that changed,
 * ids freed, frames when they changed); this turns them into histories that answer "what did
 * the heap look like at step n" in logarithmic time, so any step can be drawn directly.
 */
(function () {
    'use strict';

    /** Index of the last entry whose step is <= n, or -1. Entries are sorted by step. */
    function lastAtOrBefore(entries, n) {
        var lo = 0, hi = entries.length - 1, found = -1;
        while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (entries[mid].step <= n) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return found;
    }

    function frameKey(depth, frame) {
        return depth + ':' + frame.name;
    }

    function Trace(result) {
        this.steps = result.steps || [];
        this.error = result.error || null;
        this.stats = result.stats || null;
        this.objects = new Map();      // id -> {id, versions: [{step, obj, refKeys}], created, freed}
        this.frameHistory = [];        // [{step, frames}]
        this.frameNodes = new Map();   // key -> {key, name, depth, names: [..union..]}
        this.edges = new Map();        // key -> {key, from, label, to, fromFrame}
        this.stdoutEnd = [];           // length of stdout after each step
        this.stdout = '';
        this.stderrEnd = [];           // length of stderr after each step
        this.stderr = '';
        this.build();
    }

    Trace.prototype.build = function () {
        var self = this;
        var out = [], err = [];
        var length = 0, errLength = 0;
        this.steps.forEach(function (step, n) {
            (step.heap || []).forEach(function (obj) { self.addVersion(n, obj); });
            (step.freed || []).forEach(function (id) {
                var o = self.objects.get(id);
                if (o && o.freed === null) { o.freed = n; }
            });
            if (step.frames) { self.addFrames(n, step.frames); }
            if (step.stdout) { out.push(step.stdout); length += step.stdout.length; }
            self.stdoutEnd.push(length);
            if (step.stderr) { err.push(step.stderr); errLength += step.stderr.length; }
            self.stderrEnd.push(errLength);
        });
        this.stdout = out.join('');
        this.stderr = err.join('');
    };

    /**
     * The engine sends an object's references only when they changed (`refs: null` otherwise):
     * such a version inherits the references of the one before it, so every version is whole and
     * any step, reached forward, backward or by a jump, has all of them.
     */
    Trace.prototype.addVersion = function (n, obj) {
        var o = this.objects.get(obj.id);
        if (!o) {
            o = {id: obj.id, versions: [], created: n, freed: null};
            this.objects.set(obj.id, o);
        }
        var previous = o.versions.length ? o.versions[o.versions.length - 1] : null;
        var refs = obj.refs || (previous ? previous.refs : []);
        var refKeys = [];
        var self = this;
        refs.forEach(function (ref) {
            var key = obj.id + '|' + ref.label + '|' + ref.target;
            refKeys.push(key);
            if (!self.edges.has(key)) {
                self.edges.set(key, {key: key, from: obj.id, label: ref.label, to: ref.target, fromFrame: null, weak: !!ref.weak});
            }
        });
        var version = {step: n, obj: obj, refs: refs, refKeys: refKeys};
        // Two entries for one object in one step: the later one wins.
        if (previous && previous.step === n) { o.versions[o.versions.length - 1] = version; } else { o.versions.push(version); }
    };

    Trace.prototype.addFrames = function (n, frames) {
        var self = this;
        var keys = [];
        frames.forEach(function (frame, depth) {
            var key = frameKey(depth, frame);
            var node = self.frameNodes.get(key);
            if (!node) {
                node = {key: key, name: frame.name, depth: depth, names: []};
                self.frameNodes.set(key, node);
            }
            Object.keys(frame.names || {}).forEach(function (name) {
                if (node.names.indexOf(name) < 0) { node.names.push(name); }
                var target = frame.names[name];
                var ekey = 'f' + key + '|' + name + '|' + target;
                keys.push(ekey);
                if (!self.edges.has(ekey)) {
                    self.edges.set(ekey, {key: ekey, from: null, fromFrame: key, label: name, to: target});
                }
            });
        });
        this.frameHistory.push({step: n, frames: frames, edgeKeys: keys});
    };

    Trace.prototype.size = function () {
        return this.steps.length;
    };

    /** The object as it is after step n, or null when it does not exist yet. */
    Trace.prototype.objectAt = function (id, n) {
        var o = this.objects.get(id);
        if (!o) { return null; }
        var i = lastAtOrBefore(o.versions, n);
        return i < 0 ? null : o.versions[i];
    };

    /** 'absent' (not created yet), 'live', 'freed-now' (freed by step n) or 'freed' (earlier). */
    Trace.prototype.lifeAt = function (id, n) {
        var o = this.objects.get(id);
        if (!o || n < o.created) { return 'absent'; }
        if (o.freed === null || n < o.freed) { return 'live'; }
        return o.freed === n ? 'freed-now' : 'freed';
    };

    Trace.prototype.framesAt = function (n) {
        var i = lastAtOrBefore(this.frameHistory, n);
        return i < 0 ? {frames: [], edgeKeys: []} : this.frameHistory[i];
    };

    Trace.prototype.stdoutAt = function (n) {
        return n < 0 ? '' : this.stdout.substring(0, this.stdoutEnd[Math.min(n, this.stdoutEnd.length - 1)] || 0);
    };

    /** What the program wrote to sys.stderr up to step n (the uncaught error's report is not in it). */
    Trace.prototype.stderrAt = function (n) {
        return n < 0 ? '' : this.stderr.substring(0, this.stderrEnd[Math.min(n, this.stderrEnd.length - 1)] || 0);
    };

    /** The keys of the references that exist after step n (from frames and from live objects). */
    Trace.prototype.edgeKeysAt = function (n) {
        var keys = new Set();
        if (n < 0) { return keys; }
        this.framesAt(n).edgeKeys.forEach(function (k) { keys.add(k); });
        var self = this;
        this.objects.forEach(function (o) {
            if (self.lifeAt(o.id, n) !== 'live') { return; }
            var v = self.objectAt(o.id, n);
            if (v) { v.refKeys.forEach(function (k) { keys.add(k); }); }
        });
        return keys;
    };

    /** The refcount of an object after step n (null for shared objects or before it exists). */
    Trace.prototype.refcountAt = function (id, n) {
        if (n < 0) { return null; }
        var v = this.objectAt(id, n);
        if (!v) { return null; }
        var life = this.lifeAt(id, n);
        if (life === 'freed-now' || life === 'freed') { return 0; }
        return v.obj.refcount === undefined ? null : v.obj.refcount;
    };

    /** gc_refs per object id during a collector phase step, or null outside one. */
    Trace.prototype.gcRefsAt = function (n) {
        var step = this.steps[n];
        if (!step || !step.gcRefs) { return null; }
        var map = new Map();
        step.gcRefs.forEach(function (g) { map.set(g.id, g); });
        return map;
    };

    /** Who refers to each live object after step n: id -> [labels]. */
    Trace.prototype.referrersAt = function (n) {
        var by = new Map();
        var self = this;
        function add(id, text) {
            if (!by.has(id)) { by.set(id, []); }
            by.get(id).push(text);
        }
        this.framesAt(n).frames.forEach(function (frame) {
            Object.keys(frame.names || {}).forEach(function (name) {
                add(frame.names[name], 'name ' + name + ' (' + frame.name + ')');
            });
        });
        this.objects.forEach(function (o) {
            if (self.lifeAt(o.id, n) !== 'live') { return; }
            var v = self.objectAt(o.id, n);
            if (!v) { return; }
            v.refs.forEach(function (ref) {
                add(ref.target, v.obj.type + ' #' + o.id + ' ' + ref.label + (ref.weak ? ' (weak)' : ''));
            });
        });
        return by;
    };

    window.LabTrace = {
        build: function (result) { return new Trace(result); },
        lastAtOrBefore: lastAtOrBefore
    };
})();
