package com.studyhall.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bulk import of accounts from a CSV, uploaded or pasted: "Check" is the dry run listing every
 * problem by line; "Import" creates the accounts, each with a set-password link shown once.
 */
@Controller
class AdminImportController {

    static final String PAGE = "admin/user-import";

    private final UserImportService imports;

    AdminImportController(UserImportService imports) {
        this.imports = imports;
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return UserImport.MAX_ROWS;
    }

    @GetMapping("/admin/users/import")
    String form() {
        return PAGE;
    }

    @PostMapping("/admin/users/import")
    String submit(@RequestParam(defaultValue = "") String csv, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "check") String action, @RequestParam(defaultValue = "false") boolean onlyGood,
                  Model model, HttpServletResponse response) {
        String text = csv;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > UserImport.MAX_CHARACTERS * 4L) {
                return refuse(model, response, HttpStatus.CONTENT_TOO_LARGE, "", "The file is "
                        + (file.getSize() / 1024) + " KB; at most " + UserImport.MAX_CHARACTERS / 1000
                        + " thousand characters are read at once. Split it into smaller files.");
            }
            try {
                text = utf8(file.getBytes());
            } catch (IOException notText) {
                return refuse(model, response, HttpStatus.BAD_REQUEST, csv,
                        "The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and upload it again.");
            }
        }
        model.addAttribute("csv", text.length() > UserImport.MAX_CHARACTERS ? "" : text);
        model.addAttribute("onlyGood", onlyGood);
        if (action.equals("import")) {
            UserImportService.Outcome outcome = imports.run(text, onlyGood);
            model.addAttribute("plan", outcome.plan());
            if (outcome.imported()) {
                model.addAttribute("created", outcome.created());
                model.addAttribute("lateProblems", outcome.lateProblems());
                model.addAttribute("linkBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
                model.addAttribute("csv", "");
                return PAGE;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refused", outcome.plan().good().isEmpty()
                    ? "Nothing imported: no row can be created."
                    : "Nothing imported: fix the problems below, or tick “import only the rows without problems”.");
            return PAGE;
        }
        UserImport.Plan plan = imports.check(text);
        model.addAttribute("plan", plan);
        if (plan.fileProblem() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return PAGE;
    }

    private static String refuse(Model model, HttpServletResponse response, HttpStatus status, String csv, String problem) {
        response.setStatus(status.value());
        model.addAttribute("csv", csv);
        model.addAttribute("plan", new UserImport.Plan(java.util.List.of(), problem));
        return PAGE;
    }

    /** Strict decoding: a file in another encoding is refused rather than imported with garbled names. */
    private static String utf8(byte[] bytes) throws java.nio.charset.CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
