/* Memory match: cards face down in a grid of buttons; two turned at a time; a pair found stays up. */
(function () {
    'use strict';
    var faces = document.querySelector('[data-memory-faces]');
    var grid = document.querySelector('[data-memory-grid]');
    if (!faces || !grid) { return; }

    var cards = [];
    faces.querySelectorAll('[data-pair]').forEach(function (li) {
        cards.push({pair: li.dataset.pair, text: li.dataset.front, side: 'term'});
        cards.push({pair: li.dataset.pair, text: li.dataset.back, side: 'definition'});
    });
    var pairs = cards.length / 2, found = 0, moves = 0, open = [], started = 0, timer = 0;
    var clock = document.querySelector('[data-clock]'), movesLabel = document.querySelector('[data-moves]');

    function seconds() { return started ? Math.max(1, Math.round((Date.now() - started) / 1000)) : 0; }

    function label(card, index) {
        return 'Card ' + (index + 1) + (card.up ? ', ' + card.side + ': ' + card.text + (card.matched ? ', matched' : '') : ', face down');
    }

    function render(card, index) {
        card.button.textContent = card.up ? card.text : '?';
        card.button.setAttribute('aria-label', label(card, index));
        card.button.classList.toggle('memory-up', !!card.up);
        card.button.classList.toggle('memory-matched', !!card.matched);
        card.button.setAttribute('aria-disabled', card.matched ? 'true' : 'false');
    }

    function turn(index) {
        var card = cards[index];
        if (card.up || open.length === 2) { return; }
        if (!started) {
            started = Date.now();
            timer = window.setInterval(function () { clock.textContent = seconds() + ' s'; }, 1000);
        }
        card.up = true;
        open.push(index);
        render(card, index);
        if (open.length === 1) { window.Games.announce(card.side + ': ' + card.text); return; }
        moves++;
        movesLabel.textContent = moves + (moves === 1 ? ' move' : ' moves');
        var first = cards[open[0]];
        if (first.pair === card.pair) {
            first.matched = card.matched = true;
            open.forEach(function (i) { render(cards[i], i); });
            open = [];
            found++;
            window.Games.announce('Match: ' + card.text + '. ' + found + ' of ' + pairs + ' pairs found.');
            if (found === pairs) { end(); }
        } else {
            window.Games.announce(card.text.replace(/[.!?]$/, '') + '. No match; both cards turn back.');
            window.setTimeout(function () {
                open.forEach(function (i) { cards[i].up = false; render(cards[i], i); });
                open = [];
            }, 1200);
        }
    }

    function end() {
        window.clearInterval(timer);
        var time = seconds();
        clock.textContent = time + ' s';
        window.Games.finish('All ' + pairs + ' pairs in ' + moves + ' moves and ' + time + ' s.', faces.dataset.results,
            {pairs: pairs, moves: moves, seconds: time});
    }

    window.Games.shuffle(cards).forEach(function (card, index) {
        var li = document.createElement('li');
        card.button = document.createElement('button');
        card.button.type = 'button';
        card.button.className = 'memory-card';
        card.button.addEventListener('click', function () { turn(index); });
        li.appendChild(card.button);
        grid.appendChild(li);
        render(card, index);
    });
})();
