package com.studyhall.admin;

import com.studyhall.audit.AuditEvent;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.web.SpreadsheetCells;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The audit log for admins: searchable, filterable by kind, pageable and exportable as CSV. */
@Controller
class AdminAuditController {

    /** The most rows one CSV holds; narrow the search for older events. */
    static final int EXPORT_LIMIT = 10_000;

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String events(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind(kind) == null ? "" : kind);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("events", audit.search(kind(kind), q, page));
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind) {
        List<AuditEvent> events = audit.newest(kind(kind), q, EXPORT_LIMIT);
        audit.record(AuditKind.EXPORT, "audit log", events.size() + " events" + (q.isBlank() ? "" : ", search " + q));
        var csv = new StringBuilder(SpreadsheetCells.csvRecord(
                List.of("When (UTC)", "Kind", "Actor", "Actor id", "Subject", "Address", "Detail")));
        for (AuditEvent e : events) {
            csv.append(SpreadsheetCells.csvRecord(List.of(e.getAt().toString(), e.getKind().label(),
                    Objects.toString(e.getActor(), ""), Objects.toString(e.getActorId(), ""),
                    Objects.toString(e.getSubject(), ""), Objects.toString(e.getAddress(), ""),
                    Objects.toString(e.getDetail(), ""))));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-log.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static AuditKind kind(String name) {
        return Arrays.stream(AuditKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }
}
