package io.credlink;

import io.credlink.datagen.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CredLink: one Spring Boot application; each direct sub-package is a module.
 *
 * <p>Without arguments it serves HTTP. The same jar runs commands ({@code import DIR},
 * {@code generate ...}, {@code evaluate DIR}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CredLinkApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            // writes CSV files only: no Spring context, no database
            System.exit(GenerateCommand.run(args));
        }
        SpringApplication.run(CredLinkApplication.class, args);
    }
}
