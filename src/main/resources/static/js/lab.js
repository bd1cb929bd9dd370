/*
 * The memory lab page: the editor, running a program through POST /api/simulations, stepping
 * through its trace, the step log, output and heap table, presets and saved scenarios.
 */
(function () {
    'use strict';

    var root = document.getElementById('lab');
    if (!root) { return; }

    var $ = function (id) { return document.getElementById(id); };
    var ui = {
        run: $('lab-run'), first: $('lab-first'), back: $('lab-back'), forward: $('lab-forward'), last: $('lab-last'),
        slider: $('lab-slider'), stepLabel: $('lab-step-label'), now: $('lab-now'), svg: $('lab-svg'),
        stdout: $('lab-stdout'), stderr: $('lab-stderr'), stderrPanel: $('lab-stderr-panel'), error: $('lab-error'), log: $('lab-log'), table: document.querySelector('#lab-table tbody'),
        preset: $('lab-preset'), saved: $('lab-saved'), name: $('lab-name'), save: $('lab-save'), rename: $('lab-rename'),
        remove: $('lab-delete'), share: $('lab-share'), shareSaved: $('lab-share-saved'), unshare: $('lab-unshare'), status: $('lab-saved-status'), stdin: $('lab-stdin'),
        wrap: $('lab-svg-wrap'), shared: $('lab-shared-values'), find: $('lab-find'), findStatus: $('lab-find-status')
    };
    var state = {trace: null, diagram: null, step: 0, scenarioId: null, presetKey: null, lines: [], markers: [],
        sharedAsObjects: false};
    var viewport = window.LabViewport.attach(ui.wrap, ui.svg);

    // ---- the editor ----

    var editor = createEditor($('lab-editor'));

    function createEditor(textarea) {
        if (typeof window.CodeMirror !== 'function') {
            return plainEditor(textarea);
        }
        var escaped = false;
        var cm = window.CodeMirror.fromTextArea(textarea, {
            mode: 'python', lineNumbers: true, indentUnit: 4, tabSize: 4, viewportMargin: Infinity,
            gutters: ['lab-gutter', 'CodeMirror-linenumbers'], screenReaderLabel: 'Program code',
            extraKeys: {
                'Tab': function (c) { c.execCommand('indentMore'); },
                'Shift-Tab': function (c) { c.execCommand('indentLess'); },
                'Ctrl-Enter': function () { run(); },
                'Cmd-Enter': function () { run(); }
            }
        });
        // Tab indents; Escape then Tab leaves the editor, so the keyboard is never trapped. The Tab
        // after Escape is hidden from CodeMirror (codemirrorIgnore), whose default keymap would
        // otherwise insert a tab, and the browser moves the focus.
        cm.on('keydown', function (c, e) {
            if (e.key === 'Escape') { escaped = true; return; }
            if (e.key === 'Tab' && escaped) { e.codemirrorIgnore = true; }
            escaped = false;
        });
        cm.on('blur', function () { escaped = false; });
        var step = null, error = null;
        return {
            get: function () { return cm.getValue(); },
            set: function (code) { cm.setValue(code); cm.clearHistory(); },
            line: function (n) { return cm.getLine(n - 1) || ''; },
            markStep: function (line) {
                var wanted = line > 0 && line <= cm.lineCount() ? line - 1 : null;
                if (wanted === step) { return; }
                cm.operation(function () {
                    if (step !== null) { cm.removeLineClass(step, 'background', 'lab-step-line'); }
                    step = wanted;
                    if (step !== null) { cm.addLineClass(step, 'background', 'lab-step-line'); }
                });
                if (step !== null) {
                    var target = step;
                    // Scrolls the editor only: CodeMirror's scrollIntoView would also scroll the page.
                    window.requestAnimationFrame(function () {
                        if (step !== target) { return; }
                        var top = cm.heightAtLine(target, 'local'), info = cm.getScrollInfo();
                        if (top < info.top || top > info.top + info.clientHeight - 30) {
                            cm.scrollTo(null, Math.max(0, top - info.clientHeight / 3));
                        }
                    });
                }
            },
            markError: function (line, message) {
                if (error !== null) {
                    cm.removeLineClass(error, 'wrap', 'lab-error-line');
                    cm.setGutterMarker(error, 'lab-gutter', null);
                    error = null;
                }
                if (line > 0 && line <= cm.lineCount()) {
                    error = line - 1;
                    cm.addLineClass(error, 'wrap', 'lab-error-line');
                    var mark = document.createElement('span');
                    mark.className = 'lab-error-marker';
                    mark.textContent = '!';
                    mark.title = message;
                    mark.setAttribute('role', 'img');
                    mark.setAttribute('aria-label', 'Error on line ' + line + ': ' + message);
                    cm.setGutterMarker(error, 'lab-gutter', mark);
                }
            },
            onChange: function (f) { cm.on('change', f); }
        };
    }

    /** Without CodeMirror the lab still works on the plain text area. */
    function plainEditor(textarea) {
        textarea.classList.add('lab-plain-editor');
        return {
            get: function () { return textarea.value; },
            set: function (code) { textarea.value = code; },
            line: function (n) { return textarea.value.split('\n')[n - 1] || ''; },
            markStep: function () {},
            markError: function () {},
            onChange: function (f) { textarea.addEventListener('input', f); }
        };
    }

    // ---- running ----

    function csrfHeaders(headers) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) { headers[header.content] = token.content; }
        return headers;
    }

    function api(method, url, body) {
        var headers = {'Accept': 'application/json'};
        if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
        return fetch(url, {method: method, headers: method === 'GET' ? headers : csrfHeaders(headers),
            body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin'});
    }

    function run() {
        var code = editor.get();
        ui.run.disabled = true;
        ui.run.textContent = 'Running…';
        showError(null);
        // stdin is sent even where the server does not read it yet: unknown fields are ignored.
        return api('POST', '/api/simulations', {code: code, stdin: ui.stdin ? ui.stdin.value : ''}).then(function (response) {
            return response.text().then(function (body) {
                var json = null;
                try { json = body ? JSON.parse(body) : null; } catch (ignored) { json = null; }
                if (response.ok) { return showRun(json); }
                clearRun();
                showError(problemText(response, json), json && json.line);
            });
        }).catch(function () {
            clearRun();
            showError('The lab could not reach the server. Check your connection and run again.');
        }).then(function () {
            ui.run.disabled = false;
            ui.run.textContent = 'Run';
        });
    }

    function problemText(response, json) {
        var detail = json && (json.detail || json.message);
        switch (response.status) {
            case 400: return (json && json.line ? 'Line ' + json.line + (json.column ? ', column ' + json.column : '') + ': ' : '')
                + (detail || 'the program cannot run in the lab');
            case 401: return 'Your session has ended. Log in again to run programs.';
            case 403: return 'Running programs is open to enrolled learners, instructors and admins.';
            case 404: return 'The simulation service is not available on this server yet.';
            case 413: return 'The program is too long for the lab (at most 20,000 characters).';
            case 429: return 'The lab is busy. Try again in ' + (response.headers.get('Retry-After') || 'a few') + ' seconds.';
            default: return detail || 'The run failed (HTTP ' + response.status + ').';
        }
    }

    function showError(message, line) {
        ui.error.hidden = !message;
        ui.error.textContent = message || '';
        editor.markError(line || 0, message || '');
    }

    /** A refused or failed run leaves nothing of the previous one on the screen. */
    function clearRun() {
        state.trace = null;
        state.diagram = null;
        setControls(false);
        ui.stepLabel.textContent = 'No run yet';
        ui.svg.textContent = '';
        ui.log.textContent = '';
        ui.table.textContent = '';
        tableRows.clear();
        ui.stdout.textContent = '';
        ui.stderr.textContent = '';
        ui.stderrPanel.hidden = true;
        ui.now.textContent = '';
        editor.markStep(0);
        root.setAttribute('data-run', 'failed');
    }

    function showRun(result) {
        var error = result.error && result.error.type ? result.error : null;
        result.error = error;
        var trace = window.LabTrace.build(result);
        state.trace = trace;
        state.lines = editor.get().split('\n');
        if (error) {
            var limit = /LimitExceeded$/.test(error.type);
            showError((limit ? 'Stopped: ' : '') + error.type + (error.message ? ': ' + error.message : '') +
                (error.line ? ' (line ' + error.line + ')' : '') +
                (limit ? '. The ' + trace.size() + ' steps it made are shown.' : ''), error.line);
        }
        if (result.traceTruncated) {
            ui.error.hidden = false;
            ui.error.textContent = (error ? ui.error.textContent + ' ' : '') + 'The run is long: only its first ' +
                trace.size() + ' steps are shown.';
        }
        draw();
        return Promise.resolve().then(function () {
            ui.slider.max = Math.max(0, trace.size() - 1);
            setControls(trace.size() > 0);
            buildLog(trace);
            tableRows.clear();
            ui.table.textContent = '';
            var wanted = parseInt(root.getAttribute('data-initial-step'), 10);
            root.removeAttribute('data-initial-step');
            // An error is best seen where it happened; otherwise start at the beginning.
            go(!isNaN(wanted) ? wanted : error ? trace.size() - 1 : 0);
            root.setAttribute('data-run', 'done');
        });
    }

    /**
     * Lays out and draws the run, then fits it into the pane. The times (performance measures
     * lab-layout and lab-draw) are kept on #lab for the browser test and docs/lab.md.
     */
    function draw() {
        performance.mark('lab-draw-start');
        viewport.measure();
        state.diagram = window.LabDiagram.create(ui.svg, state.trace, {sharedAsObjects: state.sharedAsObjects});
        if (state.trace.size()) { state.diagram.render(Math.min(state.step, state.trace.size() - 1)); }
        viewport.fit(state.diagram.bounds());
        performance.mark('lab-draw-end');
        var layout = performance.measure('lab-layout', 'lab-layout-start', 'lab-layout-end');
        var whole = performance.measure('lab-draw', 'lab-draw-start', 'lab-draw-end');
        root.setAttribute('data-layout', state.diagram.engine);
        root.setAttribute('data-layout-ms', layout.duration.toFixed(1));
        root.setAttribute('data-draw-ms', whole.duration.toFixed(1));
        root.setAttribute('data-objects', String(state.trace.objects.size));
        // The browser styles, lays out and paints after this task: the picture is on screen once
        // the next frame has been drawn, which lab-painted measures.
        root.removeAttribute('data-painted-ms');
        window.requestAnimationFrame(function () {
            window.setTimeout(function () {
                var painted = performance.measure('lab-painted', 'lab-draw-start');
                root.setAttribute('data-painted-ms', painted.duration.toFixed(1));
            }, 0);
        });
    }

    function setControls(enabled) {
        [ui.first, ui.back, ui.forward, ui.last, ui.slider].forEach(function (b) { b.disabled = !enabled; });
    }

    // ---- stepping ----

    function go(n) {
        var trace = state.trace;
        if (!trace || !trace.size()) { return; }
        n = Math.max(0, Math.min(trace.size() - 1, n));
        state.step = n;
        render(n);
    }

    function render(n) {
        var trace = state.trace, step = trace.steps[n];
        state.diagram.render(n);
        ui.slider.value = n;
        ui.slider.setAttribute('aria-valuetext', 'Step ' + (n + 1) + ' of ' + trace.size() + ', line ' + step.line);
        ui.stepLabel.textContent = 'Step ' + (n + 1) + ' / ' + trace.size() + (step.programEnds ? ' · program ends' : ' · line ' + step.line);
        ui.first.disabled = ui.back.disabled = n === 0;
        ui.forward.disabled = ui.last.disabled = n === trace.size() - 1;
        editor.markStep(step.programEnds ? 0 : step.line);
        var out = trace.stdoutAt(n);
        if (ui.stdout.textContent !== out) { ui.stdout.textContent = out; }
        // Standard error as CPython writes it: what the program wrote there up to this step, then,
        // at the last step, the traceback of an uncaught exception. The panel is hidden while empty.
        var traceback = trace.error && trace.error.traceback && n === trace.size() - 1 ? trace.error.traceback : '';
        var err = trace.stderrAt(n) + traceback;
        ui.stderrPanel.hidden = !err;
        if (ui.stderr.textContent !== err) { ui.stderr.textContent = err; }
        renderNow(step, n);
        renderTable(n);
        markLog(n);
    }

    function renderNow(step, n) {
        var box = ui.now;
        box.textContent = '';
        box.classList.toggle('is-gc', step.kind === 'gc');
        box.classList.toggle('is-ending', !!step.programEnds);
        var head = document.createElement('p');
        head.className = 'lab-now-head';
        var title = document.createElement(step.kind === 'gc' ? 'strong' : 'code');
        title.textContent = window.LabStep.title(step, state.lines);
        head.appendChild(title);
        box.appendChild(head);
        box.appendChild(window.LabStep.events(step, n));
        if (state.trace.error && n === state.trace.size() - 1) {
            var err = document.createElement('p');
            err.className = 'lab-now-error';
            err.textContent = state.trace.error.type + (state.trace.error.message ? ': ' + state.trace.error.message : '');
            box.appendChild(err);
        }
    }

    /** Rows are kept per object and only their changed cells rewritten: most steps touch a few objects. */
    var tableRows = new Map();

    function renderTable(n) {
        var trace = state.trace;
        var referrers = trace.referrersAt(n);
        var ids = [];
        trace.objects.forEach(function (o) {
            var life = trace.lifeAt(o.id, n);
            if (life === 'live' || life === 'freed-now') { if (trace.objectAt(o.id, n)) { ids.push(o.id); } }
        });
        ids.sort(function (a, b) { return a - b; });
        var keep = new Set(ids);
        tableRows.forEach(function (row, id) {
            if (!keep.has(id)) { row.tr.remove(); tableRows.delete(id); }
        });
        var previous = null;
        ids.forEach(function (id) {
            var row = tableRows.get(id) || newRow(id);
            var o = trace.objectAt(id, n).obj;
            var freedNow = trace.lifeAt(id, n) === 'freed-now';
            var by = referrers.get(id) || [];
            var values = [o.type + ' #' + id, o.type, o.value || '',
                o.shared ? 'shared' : (freedNow ? '0 (freed)' : String(trace.refcountAt(id, n))),
                o.size + ' B', freedNow ? '—' : (by.join(', ') || 'nothing')];
            values.forEach(function (v, i) {
                if (row.cells[i].textContent !== v) { row.cells[i].textContent = v; }
            });
            var cls = freedNow ? 'is-freed' : '';
            if (row.tr.className !== cls) { row.tr.className = cls; }
            var after = previous ? previous.nextSibling : ui.table.firstChild;
            if (after !== row.tr) { ui.table.insertBefore(row.tr, after); }
            previous = row.tr;
        });
    }

    function newRow(id) {
        var tr = document.createElement('tr');
        var cells = [];
        for (var i = 0; i < 6; i++) {
            var cell = document.createElement(i === 0 ? 'th' : 'td');
            if (i === 0) { cell.scope = 'row'; }
            cells.push(cell);
            tr.appendChild(cell);
        }
        var row = {tr: tr, cells: cells};
        tableRows.set(id, row);
        return row;
    }

    function buildLog(trace) {
        ui.log.textContent = '';
        var fragment = document.createDocumentFragment();
        trace.steps.forEach(function (step, n) {
            var li = document.createElement('li');
            li.className = step.kind === 'gc' ? 'is-gc' : '';
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'lab-log-step';
            button.setAttribute('data-step', n);
            var words = (step.events || []).map(function (e) { return e.text; });
            // Standard error has no running view beside the diagram: the log names the steps that wrote to it.
            if (step.stderr) { words.unshift('writes to standard error: ' + quoted(step.stderr)); }
            var title = document.createElement('span');
            title.className = 'lab-log-title';
            title.textContent = window.LabStep.title(step, state.lines);
            button.appendChild(title);
            if (words.length) {
                var detail = document.createElement('span');
                detail.className = 'lab-log-detail';
                detail.textContent = words.slice(0, 4).join('; ') + (words.length > 4 ? '; and ' + (words.length - 4) + ' more' : '');
                button.appendChild(detail);
            }
            li.appendChild(button);
            fragment.appendChild(li);
        });
        ui.log.appendChild(fragment);
    }

    function quoted(text) {
        var line = text.replace(/\n$/, '').replace(/\n/g, ' ⏎ ');
        return '"' + (line.length > 60 ? line.slice(0, 57) + '…' : line) + '"';
    }

    function markLog(n) {
        var current = ui.log.querySelector('[aria-current]');
        if (current) { current.removeAttribute('aria-current'); }
        var item = ui.log.children[n];
        if (item) { item.firstChild.setAttribute('aria-current', 'step'); }
        afterPaint('log', function () {
            var shown = ui.log.children[state.step];
            if (!shown) { return; }
            var top = shown.offsetTop - ui.log.offsetTop;
            if (top < ui.log.scrollTop || top > ui.log.scrollTop + ui.log.clientHeight - 40) {
                ui.log.scrollTop = Math.max(0, top - ui.log.clientHeight / 2);
            }
        });
    }

    /** Scrolling reads layout; doing it once per frame keeps a step's redraw free of forced layouts. */
    var pending = new Map();
    function afterPaint(key, f) {
        if (!pending.size) {
            window.requestAnimationFrame(function () {
                var jobs = Array.from(pending.values());
                pending.clear();
                jobs.forEach(function (job) { job(); });
            });
        }
        pending.set(key, f);
    }

    $('lab-fit').addEventListener('click', function () { viewport.fit(); });
    $('lab-zoom-in').addEventListener('click', function () { viewport.zoom(1.25); });
    $('lab-zoom-out').addEventListener('click', function () { viewport.zoom(0.8); });
    window.addEventListener('resize', function () { afterPaint('fit', function () { viewport.measure(); viewport.fit(); }); });

    ui.shared.addEventListener('click', function () {
        state.sharedAsObjects = !state.sharedAsObjects;
        ui.shared.setAttribute('aria-pressed', String(state.sharedAsObjects));
        if (state.trace) { draw(); }
    });

    /** "Jump to object": #12, 12, or a type name (the first live one at this step). */
    $('lab-find-form').addEventListener('submit', function (e) {
        e.preventDefault();
        if (!state.diagram) { return; }
        var wanted = ui.find.value.trim().replace(/^#/, ''), id = null, trace = state.trace;
        if (/^\d+$/.test(wanted)) { id = parseInt(wanted, 10); }
        else {
            trace.objects.forEach(function (o) {
                var v = trace.objectAt(o.id, state.step);
                if (id === null && v && trace.lifeAt(o.id, state.step) === 'live' && v.obj.type === wanted) { id = o.id; }
            });
        }
        var box = id === null ? null : state.diagram.find(id);
        if (!box || trace.lifeAt(id, state.step) !== 'live') {
            ui.findStatus.textContent = 'No live object ' + (ui.find.value.trim() || '') + ' at this step.';
            return;
        }
        ui.findStatus.textContent = 'Showing ' + trace.objectAt(id, state.step).obj.type + ' #' + id + '.';
        viewport.show(box);
        state.diagram.render(state.step);
        ui.wrap.scrollIntoView({block: 'nearest'});
        state.diagram.focus(id);
    });

    ui.log.addEventListener('click', function (e) {
        var b = e.target.closest('[data-step]');
        if (b) { go(parseInt(b.getAttribute('data-step'), 10)); }
    });
    ui.run.addEventListener('click', run);
    ui.first.addEventListener('click', function () { go(0); });
    ui.back.addEventListener('click', function () { go(state.step - 1); });
    ui.forward.addEventListener('click', function () { go(state.step + 1); });
    ui.last.addEventListener('click', function () { go(Infinity); });
    ui.slider.addEventListener('input', function () { go(parseInt(ui.slider.value, 10)); });

    document.addEventListener('keydown', function (e) {
        if (!state.trace || e.altKey || e.ctrlKey || e.metaKey) { return; }
        var t = e.target;
        if (t.closest && t.closest('.CodeMirror, input, select, textarea')) { return; }
        var moves = {ArrowRight: 1, ArrowLeft: -1};
        if (e.key in moves) { go(state.step + moves[e.key]); e.preventDefault(); }
        else if (e.key === 'Home' && t.closest && t.closest('.lab-view')) { go(0); e.preventDefault(); }
        else if (e.key === 'End' && t.closest && t.closest('.lab-view')) { go(Infinity); e.preventDefault(); }
    });

    // ---- presets, saved scenarios, sharing ----

    function status(message) {
        ui.status.textContent = message;
    }

    /**
     * The presets' programs, fetched once: the page lists only their titles, and the address in
     * data-codes names their content, so the browser keeps them until a program changes.
     */
    var presetCodesRequest = null;
    function presetCodes() {
        if (!presetCodesRequest) {
            presetCodesRequest = api('GET', ui.preset.getAttribute('data-codes')).then(function (response) {
                if (!response.ok) { throw new Error('Could not load the preset programs (' + response.status + '). Try again.'); }
                return response.json();
            });
            presetCodesRequest.catch(function () { presetCodesRequest = null; }); // the next choice asks again
        }
        return presetCodesRequest;
    }

    ui.preset.addEventListener('change', function () {
        var key = ui.preset.value;
        if (!key) { return; }
        presetCodes().then(function (codes) {
            if (ui.preset.value !== key || typeof codes[key] !== 'string') { return; } // another choice came meanwhile
            editor.set(codes[key]);
            state.presetKey = key;
            state.scenarioId = state.shareToken = null;
            ui.saved.value = '';
            ui.name.value = '';
            updateScenarioButtons();
            history.replaceState(null, '', '/lab?preset=' + encodeURIComponent(key));
            run();
        }, function (error) { status(error.message); });
    });

    function loadScenarios(selectId) {
        return api('GET', '/api/scenarios').then(function (response) {
            if (!response.ok) {
                status(response.status === 404 ? 'Saved scenarios are not available on this server yet.' : 'Could not load your scenarios.');
                return;
            }
            return response.json().then(function (list) {
                var items = Array.isArray(list) ? list : (list.content || list.scenarios || []);
                while (ui.saved.options.length > 1) { ui.saved.remove(1); }
                items.forEach(function (s) {
                    var o = new Option(s.name, s.id);
                    ui.saved.add(o);
                });
                if (selectId) { ui.saved.value = String(selectId); }
            });
        }).catch(function () { status('Could not load your scenarios.'); });
    }

    /** Opens one of the learner's own scenarios (editable). */
    function openScenario(id) {
        return api('GET', '/api/scenarios/' + encodeURIComponent(id)).then(function (response) {
            if (!response.ok) {
                status(response.status === 404 ? 'You have no such scenario (any more).' : 'Could not open the scenario.');
                return;
            }
            return response.json().then(function (s) {
                editor.set(s.code);
                state.scenarioId = s.id;
                state.shareToken = s.shareToken || null;
                state.presetKey = null;
                ui.name.value = s.name;
                ui.preset.value = '';
                updateScenarioButtons();
                status('Opened “' + s.name + '”.' + (s.shareToken ? ' It is shared: ' + sharedLink(s.shareToken) : ' Only you can see it.'));
                return run();
            });
        });
    }

    /** Opens someone's shared scenario through its link's token (read-only: save to keep a copy). */
    function openShared(token) {
        return api('GET', '/lab/shared/' + encodeURIComponent(token)).then(function (response) {
            if (!response.ok) {
                status(response.status === 404 ? 'That link is not shared (any more): its owner may have stopped sharing it.'
                    : 'Could not open the shared scenario.');
                return;
            }
            return response.json().then(function (s) {
                editor.set(s.code);
                state.scenarioId = null;
                state.presetKey = null;
                ui.name.value = '';
                updateScenarioButtons();
                status('Opened “' + s.name + '”, shared with you. Save it under a name to keep a copy.');
                return run();
            });
        });
    }

    function sharedLink(token) {
        return new URL('/lab?shared=' + encodeURIComponent(token), window.location.href).toString();
    }

    function updateScenarioButtons() {
        ui.rename.disabled = ui.remove.disabled = ui.shareSaved.disabled = !state.scenarioId;
        ui.unshare.disabled = !state.scenarioId || !state.shareToken;
    }

    ui.shareSaved.addEventListener('click', function () {
        if (!state.scenarioId) { return; }
        api('POST', '/api/scenarios/' + state.scenarioId + '/share').then(function (response) {
            if (!response.ok) { status('Could not share (HTTP ' + response.status + ').'); return; }
            return response.json().then(function (s) {
                state.shareToken = s.shareToken;
                updateScenarioButtons();
                root.setAttribute('data-shared-url', sharedLink(s.shareToken));
                status('Shared. Anyone who may use the lab can open it with this link: ' + sharedLink(s.shareToken));
            });
        });
    });

    ui.unshare.addEventListener('click', function () {
        if (!state.scenarioId) { return; }
        api('DELETE', '/api/scenarios/' + state.scenarioId + '/share').then(function (response) {
            if (!response.ok) { status('Could not stop sharing (HTTP ' + response.status + ').'); return; }
            state.shareToken = null;
            updateScenarioButtons();
            status('Private again: the old link no longer opens it.');
        });
    });

    ui.saved.addEventListener('change', function () {
        if (ui.saved.value) { openScenario(ui.saved.value); }
    });

    ui.save.addEventListener('click', function () {
        var name = ui.name.value.trim();
        if (!name) { status('Give the scenario a name first.'); ui.name.focus(); return; }
        var body = {name: name, code: editor.get()};
        var request = state.scenarioId ? api('PUT', '/api/scenarios/' + state.scenarioId, body) : api('POST', '/api/scenarios', body);
        request.then(function (response) {
            if (!response.ok) { status(response.status === 404 ? 'Saving is not available on this server yet.' : 'Could not save (HTTP ' + response.status + ').'); return; }
            return response.json().then(function (s) {
                state.scenarioId = s.id;
                state.shareToken = s.shareToken || null;
                state.presetKey = null;
                updateScenarioButtons();
                status('Saved “' + s.name + '”.');
                return loadScenarios(s.id);
            });
        });
    });

    ui.rename.addEventListener('click', function () {
        var name = ui.name.value.trim();
        if (!state.scenarioId || !name) { status('Type the new name in the Name field, then press Rename.'); return; }
        api('PATCH', '/api/scenarios/' + state.scenarioId, {name: name}).then(function (response) {
            status(response.ok ? 'Renamed to “' + name + '”.' : 'Could not rename (HTTP ' + response.status + ').');
            if (response.ok) { loadScenarios(state.scenarioId); }
        });
    });

    ui.remove.addEventListener('click', function () {
        if (!state.scenarioId) { return; }
        var option = ui.saved.selectedOptions[0];
        if (!window.confirm('Delete the scenario “' + (option ? option.text : ui.name.value) + '”?')) { return; }
        api('DELETE', '/api/scenarios/' + state.scenarioId).then(function (response) {
            if (!response.ok) { status('Could not delete (HTTP ' + response.status + ').'); return; }
            state.scenarioId = state.shareToken = null;
            ui.name.value = '';
            updateScenarioButtons();
            status('Deleted.');
            loadScenarios();
        });
    });

    /** A preset unchanged is linked by its key; any other program travels in the link itself. */
    function shareUrl() {
        var key = state.presetKey;
        var unchanged = !key ? Promise.resolve(false) : presetCodes().then(function (codes) {
            return codes[key] === editor.get();
        }, function () { return false; });
        return unchanged.then(function (linkByKey) {
            if (!linkByKey) { return window.LabLink.encode(editor.get(), state.step); }
            var url = new URL('/lab', window.location.href);
            if (key.indexOf('example:') === 0) { url.searchParams.set('example', key.substring(8)); }
            else { url.searchParams.set('preset', key); }
            url.searchParams.set('step', state.step);
            return url.toString();
        });
    }

    ui.share.addEventListener('click', function () {
        shareUrl().then(function (url) {
            root.setAttribute('data-share-url', url);
            var done = function () { status('Link copied. It holds the program itself, so it works without saving.'); };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(url).then(done, function () { status('Share this link: ' + url); });
            } else {
                status('Share this link: ' + url);
            }
        }, function (error) {
            root.removeAttribute('data-share-url');
            status(error.message);
        });
    });

    // ---- start ----

    // On a phone the saved-scenario controls start folded, so the program comes first.
    if (window.matchMedia('(max-width: 560px)').matches) { $('lab-mine').removeAttribute('open'); }

    window.StudyhallLab = {
        go: go,
        run: run,
        step: function () { return state.step; },
        stepKind: function () { return state.trace ? state.trace.steps[state.step].kind : null; },
        stepPhase: function () { return state.trace ? state.trace.steps[state.step].phase : null; },
        programEnds: function (n) { return !!(state.trace && state.trace.steps[n] && state.trace.steps[n].programEnds); },
        /** The id of the shared object (a small int, say) whose value is shown as text, for the browser tests. */
        idOfValue: function (text) {
            var found = null;
            state.trace.objects.forEach(function (o) {
                var first = o.versions[0] && o.versions[0].obj;
                if (found === null && first && first.shared && first.value === text) { found = o.id; }
            });
            return found;
        },
        size: function () { return state.trace ? state.trace.size() : 0; },
        /** Redraws every step `rounds` times; returns milliseconds per redraw (for the benchmark). */
        measure: function (rounds) {
            function stats(times) {
                times.sort(function (a, b) { return a - b; });
                var sum = times.reduce(function (a, b) { return a + b; }, 0);
                return {mean: sum / times.length, p50: times[Math.floor(times.length / 2)],
                    p95: times[Math.floor(times.length * 0.95)], max: times[times.length - 1]};
            }
            var full = [], diagram = [];
            for (var r = 0; r < rounds; r++) {
                for (var n = 0; n < state.trace.size(); n++) {
                    var t0 = performance.now();
                    render(n);
                    void document.body.offsetHeight; // style and layout of the step count too
                    var t1 = performance.now();
                    state.diagram.render(n === 0 ? 1 : n - 1);
                    void document.body.offsetHeight;
                    diagram.push(performance.now() - t1);
                    full.push(t1 - t0);
                }
            }
            var live = 0;
            state.trace.objects.forEach(function (o) { if (state.trace.lifeAt(o.id, state.trace.size() - 2) === 'live') { live++; } });
            return {count: full.length, step: stats(full), diagram: stats(diagram), objects: state.trace.objects.size,
                liveAtEnd: live, layout: state.diagram.engine};
        }
    };

    var params = new URLSearchParams(window.location.search);
    var scenario = params.get('scenario');
    var sharedToken = params.get('shared');
    var linked = window.LabLink.read(window.location.hash);
    var preset = params.get('preset') || (params.get('example') ? 'example:' + params.get('example') : null);
    var presetLoaded = null;
    if (preset && ui.preset.querySelector('option[value="' + CSS.escape(preset) + '"]')) {
        ui.preset.value = preset;
        state.presetKey = preset;
        if (!editor.get().trim()) {
            presetLoaded = presetCodes().then(function (codes) {
                if (!editor.get().trim() && typeof codes[preset] === 'string') { editor.set(codes[preset]); }
            }, function (error) { status(error.message); });
        }
    }
    loadScenarios(scenario);
    if (linked) {
        linked.then(function (program) {
            editor.set(program.code);
            if (program.step !== null) { root.setAttribute('data-initial-step', program.step); }
            status('Opened the program of a share link.');
            return run();
        }, function (error) { status(error.message); });
    } else if (sharedToken) {
        openShared(sharedToken);
    } else if (scenario) {
        openScenario(scenario);
    } else if (presetLoaded) {
        presetLoaded.then(function () { if (editor.get().trim()) { run(); } });
    } else if (editor.get().trim()) {
        run();
    }
    // Choosing a preset should not wait for the network: fetch the programs once the page is idle.
    (window.requestIdleCallback || window.setTimeout)(function () { presetCodes().catch(function () {}); });
})();
