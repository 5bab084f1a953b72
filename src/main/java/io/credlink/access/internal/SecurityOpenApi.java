package io.credlink.access.internal;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** Documents HTTP Basic as the security scheme of every operation. */
@Component
class SecurityOpenApi implements OpenApiCustomizer {

    static final String SCHEME = "basicAuth";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("HTTP Basic with a CredLink user (see docs/security.md)."));
        openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
