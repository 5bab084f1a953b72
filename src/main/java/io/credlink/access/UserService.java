package io.credlink.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.credlink.access.InvalidInput.FieldMessage;
import io.credlink.access.internal.SignedInUsers;
import io.credlink.access.internal.UserNames;
import io.credlink.access.internal.UserQueries;

/** Users and the signed-in user: the access module's facade. */
@Service
public class UserService {

    private final UserQueries users;
    private final PasswordEncoder encoder;
    private final AccessProperties properties;

    public UserService(UserQueries users, PasswordEncoder encoder, AccessProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    /**
     * Creates a user with a BCrypt hash of the password.
     *
     * @throws InvalidInput      (400) password too short, orgId/entityId missing, unknown or not
     *                           allowed for the role
     * @throws UserAlreadyExists (409) the name is taken, in any case ({@code Alice} when {@code alice}
     *                           exists: names compare in their canonical form, {@code UserNames})
     */
    public UserView create(UserRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        checkPassword(request.password(), errors);
        String orgId = blankToNull(request.orgId());
        String entityId = blankToNull(request.entityId());
        if (request.role() == Role.INSURER) {
            if (orgId == null) {
                errors.add(new FieldMessage("orgId", "is required for role INSURER"));
            } else if (!users.insurerExists(orgId)) {
                errors.add(new FieldMessage("orgId", "is not the id of an insurer"));
            }
        } else if (orgId != null) {
            errors.add(new FieldMessage("orgId", "is only allowed for role INSURER"));
        }
        if (request.role() == Role.SUBJECT) {
            if (entityId == null) {
                errors.add(new FieldMessage("entityId", "is required for role SUBJECT"));
            } else if (!users.partyExists(entityId)) {
                errors.add(new FieldMessage("entityId", "is not the id of a party"));
            }
        } else if (entityId != null) {
            errors.add(new FieldMessage("entityId", "is only allowed for role SUBJECT"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (users.find(request.name()).isPresent()) {
            throw new UserAlreadyExists(request.name());
        }
        try {
            return users.create(request.name(), encoder.encode(request.password()), request.role(), orgId, entityId)
                    .view();
        } catch (DataIntegrityViolationException raced) {
            throw new UserAlreadyExists(request.name());
        }
    }

    /**
     * Disables the user: its sign-in is refused with any password from now on (its cached sign-in is
     * dropped). Its audit entries, objections and watch lists stay.
     *
     * @throws OwnAccountNotDisabled (409) the signed-in administrator named itself
     * @throws UserNotFound          (404)
     */
    public UserView disable(String name) {
        currentUser().filter(me -> UserNames.canonical(me.name()).equals(UserNames.canonical(name))).ifPresent(me -> {
            throw new OwnAccountNotDisabled(me.name());
        });
        return users.setEnabled(name, false).map(u -> u.view()).orElseThrow(() -> new UserNotFound(name));
    }

    /** @throws UserNotFound (404) */
    public UserView enable(String name) {
        return users.setEnabled(name, true).map(u -> u.view()).orElseThrow(() -> new UserNotFound(name));
    }

    /**
     * Sets a new password chosen by an administrator; the old one stops working at once.
     *
     * @throws InvalidInput (400) too short or longer than 72 bytes
     * @throws UserNotFound (404)
     */
    public UserView resetPassword(String name, PasswordReset reset) {
        List<FieldMessage> errors = new ArrayList<>();
        checkPassword(reset.password(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (users.find(name).isEmpty()) {
            throw new UserNotFound(name);
        }
        return users.setPassword(name, encoder.encode(reset.password())).map(u -> u.view())
                .orElseThrow(() -> new UserNotFound(name));
    }

    /** @throws UserNotFound (404) */
    public UserView get(String name) {
        return users.find(name).map(u -> u.view()).orElseThrow(() -> new UserNotFound(name));
    }

    /** Users by name, {@code page} from 0. */
    public UserPage list(int page, int size) {
        List<UserView> items = users.list((long) page * size, size).stream().map(u -> u.view()).toList();
        return new UserPage(items, page, size, users.count());
    }

    /** The user signed in on this thread (empty outside a request or for anonymous calls). */
    public Optional<CurrentUser> currentUser() {
        return SignedInUsers.current();
    }

    private void checkPassword(String password, List<FieldMessage> errors) {
        if (password.length() < properties.minPasswordLength()) {
            errors.add(new FieldMessage("password", "must be at least " + properties.minPasswordLength() + " characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            // BCrypt reads only 72 bytes; multi-byte characters reach that before 72 characters
            errors.add(new FieldMessage("password", "must be at most 72 bytes in UTF-8"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
