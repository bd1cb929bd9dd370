package com.studyhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the Studyhall web application. */
@SpringBootApplication
public class StudyhallApplication {

    public static void main(String[] args) {
        SpringApplication.run(StudyhallApplication.class, args);
    }
}
