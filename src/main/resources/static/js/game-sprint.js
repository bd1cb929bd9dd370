/* Refcount sprint: a program appears line by line; each answer is graded by the server's engine. */
(function () {
    'use strict';
    var root = document.querySelector('[data-sprint]');
    var form = document.querySelector('[data-sprint-form]');
    if (!root || !form) { return; }

    var queue = [];
    Array.prototype.forEach.call(root.querySelectorAll('[data-program]'), function (p) {
        var program = {key: p.dataset.program, title: p.dataset.title,
            lines: Array.prototype.map.call(p.querySelectorAll('[data-line]'), function (l) { return l.textContent; })};
        p.querySelectorAll('[data-question]').forEach(function (q) {
            queue.push({program: program, step: parseInt(q.dataset.step, 10), line: parseInt(q.dataset.lineNo, 10),
                freed: q.dataset.freed === 'true', text: q.textContent});
        });
    });
    var ui = {
        title: document.querySelector('[data-sprint-title]'), code: document.querySelector('[data-sprint-code]'),
        question: document.querySelector('[data-sprint-question]'), count: document.querySelector('[data-sprint-count]'),
        countBox: document.querySelector('[data-count-answer]'), freedBox: document.querySelector('[data-freed-answer]'),
        verdict: document.querySelector('[data-sprint-verdict]'), explanation: document.querySelector('[data-sprint-explanation]'),
        lab: document.querySelector('[data-sprint-lab]'), next: document.querySelector('[data-sprint-next]'),
        score: document.querySelector('[data-sprint-score]'), streak: document.querySelector('[data-sprint-streak]'),
        progress: document.querySelector('[data-sprint-progress]')
    };
    var index = -1, answers = [], points = 0, streak = 0, busy = false;

    function showCode(item) {
        ui.title.textContent = item.program.title;
        ui.code.textContent = '';
        item.program.lines.slice(0, item.line).forEach(function (text, i) {
            var li = document.createElement('li'), pre = document.createElement('code');
            pre.textContent = text;
            li.appendChild(pre);
            if (i + 1 === item.line) { li.className = 'sprint-current'; }
            ui.code.appendChild(li);
        });
    }

    function show(i) {
        index = i;
        var item = queue[i];
        showCode(item);
        ui.progress.textContent = 'question ' + (i + 1) + ' of ' + queue.length;
        ui.question.textContent = item.text;
        ui.verdict.hidden = true;
        form.hidden = false;
        ui.countBox.hidden = item.freed;
        ui.freedBox.hidden = !item.freed;
        ui.count.value = '';
        window.Games.announce('Line ' + item.line + ': ' + item.program.lines[item.line - 1].trim() + '. ' + item.text);
        (item.freed ? ui.freedBox.querySelector('button') : ui.count).focus();
    }

    function answer(value) {
        if (busy || index < 0 || value === '') { return; }
        busy = true;
        var item = queue[index], sent = {program: item.program.key, step: item.step, answer: value};
        window.Games.post(root.dataset.answers, sent).then(function (verdict) {
            answers.push(sent);
            streak = verdict.correct ? streak + 1 : 0;
            points += verdict.correct ? 10 + Math.min(streak - 1, 5) : 0;
            ui.score.textContent = points + ' points';
            ui.streak.textContent = 'streak ' + streak;
            ui.explanation.textContent = (verdict.correct ? 'Right! ' : 'Not quite: the answer is ' + verdict.expected + '. ')
                + verdict.explanation;
            ui.lab.hidden = verdict.correct;
            ui.lab.href = verdict.labLink;
            form.hidden = true;
            ui.verdict.hidden = false;
            ui.next.focus();
            window.Games.announce(ui.explanation.textContent + (verdict.correct ? ' Streak ' + streak + '.' : ''));
        }, function (error) {
            window.Games.announce(error.message);
        }).then(function () { busy = false; });
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        answer(ui.count.value.trim());
    });
    ui.freedBox.querySelectorAll('[data-freed-choice]').forEach(function (button) {
        button.addEventListener('click', function () { answer(button.dataset.freedChoice); });
    });
    ui.next.addEventListener('click', function () {
        if (index + 1 < queue.length) { show(index + 1); return; }
        ui.verdict.hidden = true;
        window.Games.finish('Sprint over: ' + points + ' points.', root.dataset.results, {answers: answers});
    });
    document.addEventListener('keydown', function (event) {
        if (ui.freedBox.hidden || form.hidden || event.altKey || event.ctrlKey || event.metaKey) { return; }
        var key = event.key.toLowerCase();
        if (key === 'f' || key === 'a') { event.preventDefault(); answer(key === 'f' ? 'freed' : 'alive'); }
    });
    if (queue.length) { show(0); }
})();
