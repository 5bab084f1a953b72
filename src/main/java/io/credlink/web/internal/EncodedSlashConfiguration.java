package io.credlink.web.internal;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.credlink.web.ProblemLanguage;

/**
 * Tomcat answers a path with an encoded slash or backslash ({@code %2F}, {@code %5C}, e.g. in an
 * id typed into a URL) with its own HTML error page, before any application code runs. Passing
 * them through lets Spring Security's firewall reject the request instead, so the client gets the
 * same 400 problem+json as for any other bad input.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ConfigurableTomcatWebServerFactory.class)
class EncodedSlashConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    /**
     * Requests Tomcat refuses on its own (e.g. a NUL in the path) are answered as problem+json too,
     * in the request's language: the host keeps the valve added here (it adds one of the named
     * class only when its pipeline has none).
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports(ProblemLanguage language) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                if (Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemErrorReportValve.class::isInstance)) {
                    host.getPipeline().addValve(new ProblemErrorReportValve(language));
                }
            }
        });
    }
}
