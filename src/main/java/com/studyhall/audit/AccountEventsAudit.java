package com.studyhall.audit;

import com.studyhall.accounts.RecoveryCodesRegenerated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes account events to the audit log; accounts publish them, so accounts need not know the log. */
@Component
class AccountEventsAudit {

    private final AuditLog audit;

    AccountEventsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void recoveryCodesRegenerated(RecoveryCodesRegenerated event) {
        audit.recordBy(AuditKind.RECOVERY_CODES_REGENERATED, event.userId(), event.email(), event.email(),
                "the old codes no longer work");
    }
}
