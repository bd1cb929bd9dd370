package com.studyhall.accounts;

import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Duration;

/** Your profile page (bio and photo, shown on the courses you teach) and instructors' public photos. */
@Controller
class ProfileController {

    /** The bio form. */
    static class BioForm {
        @Size(max = ProfileService.MAX_BIO, message = "at most 600 characters")
        private String bio = "";

        public String getBio() { return bio; }
        public void setBio(String bio) { this.bio = bio == null ? "" : bio; }
    }

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/account/profile")
    String profile(@AuthenticationPrincipal StudyhallUser user, Model model) {
        var form = new BioForm();
        form.setBio(profiles.account(user.getId()).getBio());
        model.addAttribute("bioForm", form);
        return page(user, model);
    }

    @PostMapping("/account/profile")
    String saveBio(@AuthenticationPrincipal StudyhallUser user, @Validated @ModelAttribute("bioForm") BioForm bioForm,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        profiles.changeBio(user.getId(), bioForm.getBio());
        redirect.addFlashAttribute("notice", "Your bio is saved.");
        return "redirect:/account/profile";
    }

    @PostMapping("/account/profile/photo")
    String uploadPhoto(@AuthenticationPrincipal StudyhallUser user, @RequestParam(required = false) MultipartFile photo,
                       RedirectAttributes redirect) throws IOException {
        if (photo == null || photo.isEmpty()) {
            redirect.addFlashAttribute("photoError", "Choose a PNG or JPEG image first.");
            return "redirect:/account/profile";
        }
        try {
            profiles.changePhoto(user.getId(), photo.getInputStream());
            redirect.addFlashAttribute("notice", "Your photo is saved.");
        } catch (PhotoRejectedException rejected) {
            redirect.addFlashAttribute("photoError", rejected.getMessage());
        }
        return "redirect:/account/profile";
    }

    @PostMapping("/account/profile/photo/delete")
    String removePhoto(@AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) throws IOException {
        profiles.removePhoto(user.getId());
        redirect.addFlashAttribute("notice", "Your photo is removed: course pages show your initials.");
        return "redirect:/account/profile";
    }

    /** An instructor's photo, for their course pages; 404 for anyone else or without a photo. */
    @GetMapping("/instructors/{id}/photo")
    ResponseEntity<Resource> photo(@PathVariable long id) {
        return profiles.instructorPhoto(id)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                        .body(photo.file()))
                .orElse(ResponseEntity.notFound().build());
    }

    private String page(StudyhallUser user, Model model) {
        UserAccount account = profiles.account(user.getId());
        model.addAttribute("account", account);
        model.addAttribute("initials", Initials.of(account.getDisplayName()));
        return "accounts/profile";
    }
}
