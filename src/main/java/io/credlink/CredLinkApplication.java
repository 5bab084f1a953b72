package io.credlink;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CredLink: one Spring Boot application; each direct sub-package is a module.
 *
 * <p>Without arguments it serves HTTP. The same jar runs commands ({@code import DIR},
 * {@code generate ...}, {@code evaluate DIR}); see {@link Commands}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CredLinkApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(CredLinkApplication.class, args);
    }
}
