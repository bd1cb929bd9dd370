package com.studyhall.authoring;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Downloads and uploads: course bundles, Anki TSV flashcards, GIFT questions. */
@Controller
class StudioTransferController {

    private static final String SECTION = "/studio/courses/{course}/sections/{section}";

    private final StudioTransfer transfer;
    private final AuditLog audit;

    StudioTransferController(StudioTransfer transfer, AuditLog audit) {
        this.transfer = transfer;
        this.audit = audit;
    }

    @GetMapping("/studio/courses/{course}/export")
    ResponseEntity<String> exportBundle(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user) {
        String bundle = transfer.exportBundle(course, Editor.of(user));
        audit.record(AuditKind.EXPORT, "course bundle of " + course, null);
        return download(bundle, course + ".studyhall.json", MediaType.APPLICATION_JSON);
    }

    @PostMapping("/studio/import")
    String importBundle(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String slug,
                        @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) throws IOException {
        try {
            String imported = transfer.importBundle(text(file), slug, Editor.of(user));
            redirect.addFlashAttribute("notice", "Course imported.");
            return "redirect:/studio/courses/" + imported;
        } catch (BundleException invalid) {
            redirect.addFlashAttribute("notice", "Nothing was imported: " + invalid.getMessage());
            return "redirect:/studio";
        }
    }

    @GetMapping(SECTION + "/flashcards.tsv")
    ResponseEntity<String> exportFlashcards(@PathVariable String course, @PathVariable String section,
                                            @AuthenticationPrincipal StudyhallUser user) {
        return download(transfer.exportFlashcards(course, section, Editor.of(user)), section + "-flashcards.txt",
                new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8));
    }

    @GetMapping(SECTION + "/questions.gift")
    ResponseEntity<String> exportQuestions(@PathVariable String course, @PathVariable String section,
                                           @AuthenticationPrincipal StudyhallUser user) {
        return download(transfer.exportQuestions(course, section, Editor.of(user)), section + "-questions.gift.txt",
                new MediaType("text", "plain", StandardCharsets.UTF_8));
    }

    @GetMapping(SECTION + "/{what:flashcards|questions}/import")
    String importPage(@PathVariable String course, @PathVariable String section, @PathVariable String what,
                      @AuthenticationPrincipal StudyhallUser user, Model model) {
        transfer.requireSection(course, section, Editor.of(user));
        return importPage(course, section, what, List.of(), model);
    }

    @PostMapping(SECTION + "/{what:flashcards|questions}/import")
    String importItems(@PathVariable String course, @PathVariable String section, @PathVariable String what,
                       @RequestParam(value = "file", required = false) MultipartFile file,
                       @RequestParam(value = "text", required = false) String pasted,
                       @RequestParam(defaultValue = "false") boolean importOthers,
                       @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect)
            throws IOException {
        String content = file != null && !file.isEmpty() ? text(file) : pasted == null ? "" : pasted;
        try {
            int count = "flashcards".equals(what)
                    ? transfer.importFlashcards(course, section, content, Editor.of(user))
                    : transfer.importQuestions(course, section, content, importOthers, Editor.of(user));
            redirect.addFlashAttribute("notice", "Imported " + count + " " + what + ".");
            return "redirect:/studio/courses/" + course + "/sections/" + section + "#" + what;
        } catch (FormatException invalid) {
            // Only questions of other types in a sound file: the author may import the rest.
            model.addAttribute("othersOnly", invalid instanceof OtherTypesException);
            model.addAttribute("text", content);
            return importPage(course, section, what, invalid.problems(), model);
        }
    }

    private static String importPage(String course, String section, String what, List<String> problems, Model model) {
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionSlug", section);
        model.addAttribute("what", what);
        model.addAttribute("problems", problems);
        return "studio/import";
    }

    private static String text(MultipartFile file) throws IOException {
        return new String(file.getBytes(), StandardCharsets.UTF_8);
    }

    private static ResponseEntity<String> download(String body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(type)
                .body(body);
    }
}
