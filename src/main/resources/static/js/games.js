/* What every game page shares: posting to the server with the CSRF token, the live region, the end panel. */
(function () {
    'use strict';

    function csrf() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        var headers = {'Content-Type': 'application/json', 'X-Requested-With': 'fetch'};
        if (token && header) { headers[header.content] = token.content; }
        return headers;
    }

    /** Posts JSON; resolves to the answer's JSON, rejects with the server's reason. */
    function post(url, body) {
        return fetch(url, {method: 'POST', credentials: 'same-origin', headers: csrf(), body: JSON.stringify(body)})
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (json) {
                    if (!response.ok) { throw new Error(json.detail || 'The server refused the result (' + response.status + ').'); }
                    return json;
                });
            });
    }

    function announce(text) {
        var status = document.querySelector('[data-status]');
        // Emptied first so that the same sentence twice is still read out.
        status.textContent = '';
        window.setTimeout(function () { status.textContent = text; }, 50);
    }

    /** Shows the end panel with the result, sends it, and says whether it is a new best. */
    function finish(summary, url, body) {
        var panel = document.querySelector('[data-game-over]');
        var result = panel.querySelector('[data-result]');
        result.textContent = summary + ' Saving…';
        panel.hidden = false;
        panel.focus();
        return post(url, body).then(function (recorded) {
            var text = 'Your result: ' + recorded.result + '. ' + (recorded.newBest ? 'A new best!' : 'Your best is ' + recorded.best + '.');
            result.textContent = text;
            document.querySelector('[data-best-value]').textContent = recorded.best;
            announce('Game over. ' + text);
        }, function (error) {
            result.textContent = summary + ' Not saved: ' + error.message;
            announce('Game over. ' + summary + ' Not saved: ' + error.message);
        });
    }

    function shuffle(items) {
        for (var i = items.length - 1; i > 0; i--) {
            var j = Math.floor(Math.random() * (i + 1));
            var t = items[i]; items[i] = items[j]; items[j] = t;
        }
        return items;
    }

    window.Games = {post: post, announce: announce, finish: finish, shuffle: shuffle};
})();
