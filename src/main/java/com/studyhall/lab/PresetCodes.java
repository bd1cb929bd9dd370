package com.studyhall.lab;

import org.springframework.util.DigestUtils;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The presets' programs as one JSON object, key to code, under an address named by its content.
 * <p>
 * The lab page lists only the presets' titles: their code was 25 KB of its 40 KB, sent again with
 * every page. The script fetches this once when a preset is wanted, and the browser keeps it for
 * as long as the presets stay the same (a change of any program changes the fingerprint, so the
 * page links the new one).
 *
 * @param presets     the list these codes were made from (the same instance while it is current)
 * @param fingerprint the first 16 hex digits of the JSON's MD5 (as the static files' fingerprints)
 */
record PresetCodes(List<LabPreset> presets, String fingerprint, byte[] json) {

    /** Under the API, so a script without a session gets 401, not the login page. */
    static final String PATH = "/api/lab/presets/";

    static PresetCodes of(List<LabPreset> presets, JsonMapper mapper) {
        Map<String, String> codes = new LinkedHashMap<>();
        presets.forEach(p -> codes.put(p.key(), p.code()));
        byte[] json = mapper.writeValueAsBytes(codes);
        return new PresetCodes(presets, DigestUtils.md5DigestAsHex(json).substring(0, 16), json);
    }

    String address() {
        return PATH + fingerprint;
    }
}
