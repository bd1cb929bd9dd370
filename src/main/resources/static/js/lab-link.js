/*
 * Share links that carry the program itself: /lab#program=<deflate, base64url>&step=<n>. The
 * fragment never reaches the server, so nothing is stored and nothing leaks into its logs.
 */
(function () {
    'use strict';

    /** Past this many characters of link a chat or mail client may cut it: save and share instead. */
    var MAX_LINK = 8000;

    function base64url(bytes) {
        var s = '';
        for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
        return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function fromBase64url(text) {
        var s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
        var bytes = new Uint8Array(s.length);
        for (var i = 0; i < s.length; i++) { bytes[i] = s.charCodeAt(i); }
        return bytes;
    }

    function through(stream, bytes) {
        var out = new Blob([bytes]).stream().pipeThrough(stream);
        return new Response(out).arrayBuffer().then(function (b) { return new Uint8Array(b); });
    }

    /** Resolves to the link, or rejects with an Error whose message a learner can act on. */
    function encode(code, step) {
        if (typeof CompressionStream !== 'function') {
            return Promise.reject(new Error('This browser cannot put a program into a link. Save the scenario instead.'));
        }
        return through(new CompressionStream('deflate'), new TextEncoder().encode(code)).then(function (packed) {
            var url = new URL('/lab', window.location.href);
            url.hash = 'program=' + base64url(packed) + (step ? '&step=' + step : '');
            var link = url.toString();
            if (link.length > MAX_LINK) {
                throw new Error('The program is too long for a link (' + link.length + ' of at most ' + MAX_LINK +
                    ' characters). Save it as a scenario and share that instead.');
            }
            return link;
        });
    }

    /** The program of a link's fragment as a promise of {code, step}, or null when it carries none. */
    function read(hash) {
        var params = new URLSearchParams((hash || '').replace(/^#/, ''));
        var packed = params.get('program');
        if (!packed) { return null; }
        var step = /^\d+$/.test(params.get('step') || '') ? parseInt(params.get('step'), 10) : null;
        if (typeof DecompressionStream !== 'function' || packed.length > MAX_LINK) {
            return Promise.reject(new Error('This link\'s program cannot be opened here.'));
        }
        var bytes;
        try { bytes = fromBase64url(packed); } catch (e) { return Promise.reject(new Error('The link is damaged: its program cannot be read.')); }
        return through(new DecompressionStream('deflate'), bytes).then(function (plain) {
            return {code: new TextDecoder().decode(plain), step: step};
        }, function () {
            throw new Error('The link is damaged: its program cannot be read.');
        });
    }

    window.LabLink = {encode: encode, read: read, MAX_LINK: MAX_LINK};
})();
