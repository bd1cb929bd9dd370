package com.studyhall.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the signup page submits. It has no role field on purpose: whatever else a request carries
 * cannot reach the account (no mass assignment).
 */
public class SignupForm {

    @NotBlank(message = "Enter your email address.")
    @Email(message = "Enter a valid email address.")
    @Size(max = 320, message = "Use an email address of at most 320 characters.")
    private String email = "";

    @NotBlank(message = "Enter the name other learners will see.")
    @Size(max = 80, message = "Use a name of at most 80 characters.")
    private String displayName = "";

    private String password = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    NewAccount toNewAccount() {
        return new NewAccount(email.strip(), displayName.strip(), password);
    }
}
