package com.studyhall.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.time.Duration;

/**
 * Serves {@code static/<dir>/} at {@code /<dir>/**}, with content-hashed URLs cached for a year
 * and plain ones checked on each use ({@link FingerprintedFiles}).
 *
 * <p>Why not Spring Boot's default {@code /**} mapping: with versioned URLs, every link a template
 * builds ({@code @{/courses/...}}) matched {@code /**} and was looked up as a file in the jar on
 * every request, which cost more CPU than the rest of the catalog page (docs/benchmarks.md).
 * A feature that adds a folder under {@code static/} adds its name here.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    static final String[] FOLDERS = {"css", "js", "images", "fonts", "vendor", "lab-preview"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // WebJar paths carry their version already, so they may be cached for long.
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)));
    }

    /**
     * Links to the files above in their fingerprinted form. Declared as a registration of Spring's
     * filter type, which is what makes Spring Boot leave its own out (its condition compares the
     * registration's type argument exactly).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinks(ResourceUrlProvider resources) {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new StaticLinks(resources, FOLDERS));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FingerprintedFiles())
                .addPathPatterns(java.util.Arrays.stream(FOLDERS).map(folder -> "/" + folder + "/**").toList());
    }
}
