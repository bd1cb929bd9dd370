/* Quick-fire quiz: sixty seconds of four-option questions; keys 1 to 4 answer. */
(function () {
    'use strict';
    var deck = document.querySelector('[data-quiz]');
    if (!deck) { return; }
    var SECONDS = 60;
    var questions = Array.prototype.map.call(deck.children, function (li) {
        return {card: li.dataset.card, prompt: li.dataset.prompt, options: Array.prototype.map.call(li.children, function (o) {
            return {key: o.dataset.option, text: o.textContent};
        })};
    });
    var card = document.querySelector('[data-quiz-card]'), prompt = document.querySelector('[data-quiz-prompt]');
    var list = document.querySelector('[data-quiz-options]'), start = document.querySelector('[data-quiz-start]');
    var timerLabel = document.querySelector('[data-timer]'), scoreLabel = document.querySelector('[data-score]');
    var current = -1, answers = [], right = 0, left = SECONDS, timer = 0, over = false;

    function show(index) {
        current = index;
        var q = questions[index];
        prompt.textContent = 'Question ' + (index + 1) + ' of ' + questions.length + ': ' + q.prompt;
        list.textContent = '';
        q.options.forEach(function (option, i) {
            var li = document.createElement('li'), button = document.createElement('button');
            button.type = 'button';
            button.className = 'quiz-option';
            button.textContent = (i + 1) + '. ' + option.text;
            button.addEventListener('click', function () { answer(i); });
            li.appendChild(button);
            list.appendChild(li);
        });
        prompt.focus();
    }

    function answer(i) {
        if (over || current < 0) { return; }
        var q = questions[current], chosen = q.options[i];
        if (!chosen) { return; }
        answers.push({card: q.card, choice: chosen.key});
        var correct = chosen.key === q.card;
        if (correct) { right++; }
        scoreLabel.textContent = right + ' right';
        var answerText = q.options.filter(function (o) { return o.key === q.card; })[0].text;
        window.Games.announce(correct ? 'Right.' : 'Wrong. The answer was: ' + answerText);
        if (current + 1 < questions.length) { show(current + 1); } else { end(); }
    }

    function tick() {
        left--;
        timerLabel.textContent = left + ' s left';
        if (left === 10) { window.Games.announce('Ten seconds left.'); }
        if (left <= 0) { end(); }
    }

    function end() {
        if (over) { return; }
        over = true;
        window.clearInterval(timer);
        card.hidden = true;
        if (!answers.length) {
            window.Games.announce('Time is up: no question answered, nothing to save.');
            document.querySelector('[data-game-over]').hidden = false;
            document.querySelector('[data-result]').textContent = 'No question answered.';
            return;
        }
        window.Games.finish(right + ' of ' + answers.length + ' right.', deck.dataset.results, {answers: answers});
    }

    start.addEventListener('click', function () {
        start.hidden = true;
        card.hidden = false;
        timer = window.setInterval(tick, 1000);
        show(0);
    });

    document.addEventListener('keydown', function (event) {
        if (card.hidden || event.altKey || event.ctrlKey || event.metaKey) { return; }
        var n = parseInt(event.key, 10);
        if (n >= 1 && n <= 4) { event.preventDefault(); answer(n - 1); }
    });
})();
