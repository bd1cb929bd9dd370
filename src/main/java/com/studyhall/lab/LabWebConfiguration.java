package com.studyhall.lab;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link LabAccess} in front of the lab's API. */
@Configuration
class LabWebConfiguration implements WebMvcConfigurer {

    private final LabAccess access;

    LabWebConfiguration(LabAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns(LabAccess.PATHS);
    }
}
