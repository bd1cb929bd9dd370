package com.studyhall.study;

import org.springframework.stereotype.Component;

/**
 * The review deck's own tables: the grade log (undo, statistics), suspended and buried cards,
 * daily limits, the learner's own cards and notes.
 */
@Component
record DeckRepositories(ReviewLogRepository logs, CardFlagRepository flags, ReviewSettingsRepository settings,
                        OwnCardRepository ownCards, CardNoteRepository notes) {
}
