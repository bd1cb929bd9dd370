package com.studyhall.authoring;

/**
 * A save reached an item someone deleted while the form was open. Not a 404: the editor's text is
 * still in the form, and the page offers to add the item back with it.
 */
public class ItemDeletedException extends RuntimeException {

    private final String deletedBy;

    ItemDeletedException(String what, String deletedBy) {
        super(what + " was deleted");
        this.deletedBy = deletedBy;
    }

    /** Who deleted it and when, as the history says ("Ada Admin at 2026-12-05 01:20:00 UTC"), or null. */
    public String deletedBy() {
        return deletedBy;
    }

    /** The sentence above the kept form. */
    public String explanation(String singular) {
        return "This " + singular + " was deleted" + (deletedBy == null ? "" : " by " + deletedBy)
                + " while you were editing it. Your text is kept below: restore it with this text to bring it"
                + " back from the trash where it stood (learners' progress on it included), or cancel to leave"
                + " it in the trash.";
    }
}
