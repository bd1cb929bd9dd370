package com.studyhall;

import com.studyhall.observability.StartupSteps;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the Studyhall web application. */
@SpringBootApplication
public class StudyhallApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(StudyhallApplication.class);
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }
}
