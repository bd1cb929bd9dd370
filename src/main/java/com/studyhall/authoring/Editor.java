package com.studyhall.authoring;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;

/** The person using the studio: what access checks need, plus the name the history shows. */
public record Editor(Long userId, String name, Viewer viewer) {

    public static Editor of(StudyhallUser user) {
        return new Editor(user.getId(), user.getDisplayName(), Viewer.of(user));
    }
}
