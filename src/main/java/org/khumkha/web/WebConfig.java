package org.khumkha.web;

import org.khumkha.render.ThaiFonts;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the bundled Thai fonts at {@code /fonts/} (the same files the pictures use), cached for a day. */
@Configuration
public class WebConfig implements WebMvcConfigurer {
    public static final String FONTS_PATH = "/fonts/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(FONTS_PATH + "**")
                .addResourceLocations("classpath:" + ThaiFonts.RESOURCE_FOLDER)
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)));
    }
}
