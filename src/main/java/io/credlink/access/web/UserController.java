package io.credlink.access.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.PasswordReset;
import io.credlink.access.UserPage;
import io.credlink.access.UserRequest;
import io.credlink.access.UserService;
import io.credlink.access.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** User management (ADMIN only, by the endpoint policy). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "User management (ADMIN)")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "409", description = "The name is taken", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Creates a user",
            description = "orgId (an Insurer id) is required for INSURER, entityId (a party id) for SUBJECT; "
                    + "an unknown id is a 400 with a field error; a taken name is a 409.")
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequest request) {
        UserView created = users.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.name())).body(created);
    }

    @GetMapping("/{name}")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "One user by name")
    UserView get(@PathVariable String name) {
        return users.get(name);
    }

    @PostMapping("/{name}/disable")
    @ApiResponse(responseCode = "200", description = "The user, disabled")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "An administrator named itself", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Disables a user",
            description = "Its sign-in is refused (401) with any password from now on; its data and audit entries stay. "
                    + "An administrator cannot disable itself (409), so one enabled administrator always remains.")
    UserView disable(@PathVariable String name) {
        return users.disable(name);
    }

    @PostMapping("/{name}/enable")
    @ApiResponse(responseCode = "200", description = "The user, enabled")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Enables a disabled user again")
    UserView enable(@PathVariable String name) {
        return users.enable(name);
    }

    @PostMapping("/{name}/password")
    @ApiResponse(responseCode = "200", description = "The user; the new password works at once, the old one no more")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Resets a user's password",
            description = "The same rules as for a new user (credlink.security.min-password-length, at most 72 bytes): "
                    + "else a 400 naming the field password.")
    UserView resetPassword(@PathVariable String name, @Valid @RequestBody PasswordReset reset) {
        return users.resetPassword(name, reset);
    }

    @GetMapping
    @Operation(summary = "Lists users by name", description = "page counts from 0; size 1..200")
    UserPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return users.list(page, size);
    }
}
