package io.credlink.web.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The formats Spring MVC reads and writes: JSON (problem+json and the actuator's JSON types
 * included), plain text and bytes (the OpenAPI description, static files), forms and multipart
 * (the import upload). Every other converter that a library on the classpath brings in (Jackson's
 * YAML through springdoc, XML, CBOR, Smile, …) is removed, so a client naming such a type gets
 * 406 or 415 instead of an answer in a format that the access module's masking does not read.
 * CSV answers are written by their controllers, not by a converter.
 */
@Configuration(proxyBeanMethods = false)
class MessageFormatsConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MessageFormatsConfiguration.class);

    /** The media types a kept converter may declare (besides {@code *}{@code /*}, which any type of a response narrows). */
    static final List<MediaType> SERVED = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/*+json"),
            MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.MULTIPART_MIXED,
            MediaType.MULTIPART_RELATED);

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(c -> {
            boolean extra = !served(c);
            if (extra) {
                log.debug("Not serving {} ({})", c.getSupportedMediaTypes(), c.getClass().getName());
            }
            return extra;
        }));
    }

    /** Whether every media type the converter declares is one CredLink serves. */
    static boolean served(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().allMatch(
                type -> type.equalsTypeAndSubtype(MediaType.ALL) || SERVED.stream().anyMatch(s -> s.includes(type)));
    }
}
