/* Typing drill: the text is marked character by character as it is typed; code keeps its indentation. */
(function () {
    'use strict';
    var target = document.querySelector('[data-typing-target]');
    var input = document.querySelector('[data-typing-input]');
    if (!target || !input) { return; }

    var text = target.textContent, code = target.dataset.code === 'true';
    var started = 0, mistakes = 0, done = false, previous = '';
    var wpmLabel = document.querySelector('[data-wpm]'), accuracyLabel = document.querySelector('[data-accuracy]');
    var mistakesLabel = document.querySelector('[data-mistakes]');

    target.textContent = '';
    var marks = Array.prototype.map.call(text, function (ch) {
        var span = document.createElement('span');
        span.textContent = ch;
        target.appendChild(span);
        return span;
    });

    function correctCount(typed) {
        var n = 0;
        for (var i = 0; i < typed.length; i++) { if (typed[i] === text[i]) { n++; } }
        return n;
    }

    function wpm(typed, millis) { return Math.round(correctCount(typed) / 5 / Math.max(millis, 1000) * 60000); }

    function mark(typed) {
        marks.forEach(function (span, i) {
            span.className = i < typed.length ? (typed[i] === text[i] ? 'typed-right' : 'typed-wrong') : i === typed.length ? 'typed-next' : '';
        });
    }

    function withIndentation(typed) {
        if (!code || typed.length <= previous.length || typed[typed.length - 1] !== '\n') { return typed; }
        var indent = text.slice(typed.length).match(/^ */)[0];
        return typed + indent;
    }

    input.addEventListener('input', function () {
        if (done) { return; }
        if (!started) { started = Date.now(); }
        var typed = withIndentation(input.value).slice(0, text.length);
        if (typed.length > previous.length && typed[previous.length] !== text[previous.length]) { mistakes++; }
        if (typed !== input.value) { input.value = typed; }
        previous = typed;
        mark(typed);
        var millis = Date.now() - started;
        wpmLabel.textContent = wpm(typed, millis) + ' wpm';
        accuracyLabel.textContent = (typed.length ? Math.floor(100 * correctCount(typed) / typed.length) : 100) + '% accuracy';
        mistakesLabel.textContent = mistakes + (mistakes === 1 ? ' mistake' : ' mistakes');
        if (typed.length === text.length) { end(typed, millis); }
    });

    function end(typed, millis) {
        done = true;
        input.readOnly = true;
        var accuracy = Math.floor(100 * correctCount(typed) / text.length);
        window.Games.finish('Typed in ' + Math.round(millis / 1000) + ' s: ' + wpm(typed, millis) + ' wpm at ' + accuracy
            + '% accuracy, ' + mistakes + (mistakes === 1 ? ' mistake.' : ' mistakes.'), target.dataset.results,
            {text: target.dataset.key, typed: typed, millis: Math.max(millis, 1000)});
    }

    mark('');
})();
