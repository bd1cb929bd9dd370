/*
 * What one step of a run says in words: its title ("Line 8: a = Node("a")", "Garbage collector:
 * subtract_refs") and the list of what happened. Shared by the lab and the home page's replay.
 */
(function () {
    'use strict';

    function sourceLine(lines, line) {
        return (lines[line - 1] || '').trim();
    }

    /** The step's headline; lines are the program's source lines. */
    function title(step, lines) {
        var ending = step.programEnds ? 'Program ends · ' : '';
        if (step.kind === 'gc') {
            return ending + 'Garbage collector: ' + (step.phase === 'start' ? 'starts' : step.phase === 'end' ? 'done' : step.phase);
        }
        if (step.kind === 'end') { return 'Program ends: ' + (step.events && step.events.length ? 'the globals are released' : 'done'); }
        if (step.kind === 'call') { return ending + 'Call ' + step.phase + '() · line ' + step.line + ': ' + sourceLine(lines, step.line); }
        if (step.kind === 'return') { return ending + 'Return from ' + step.phase + '() · line ' + step.line; }
        return 'Line ' + step.line + ': ' + sourceLine(lines, step.line);
    }

    /** A list of the step's events (allocations, refcount changes, frees, collector phases). */
    function events(step, n) {
        var list = document.createElement('ul');
        list.className = 'lab-events';
        (step.events || []).forEach(function (e) {
            var li = document.createElement('li');
            li.className = 'ev ev-' + e.kind;
            li.textContent = e.text;
            list.appendChild(li);
        });
        if (!list.firstChild) {
            var li = document.createElement('li');
            li.className = 'ev muted';
            li.textContent = n === 0 ? 'The program starts.' : 'No reference count changed on this step.';
            list.appendChild(li);
        }
        return list;
    }

    window.LabStep = {title: title, events: events};
})();
