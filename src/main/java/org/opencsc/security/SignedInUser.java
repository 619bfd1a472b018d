package org.opencsc.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The member of staff behind a request, whether they signed in with a local password or
 * through the council's identity provider. Granted authorities are the role's permissions.
 */
public final class SignedInUser implements UserDetails, OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long teamId;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean accessExpired;
    private final boolean locked;
    private final transient OidcUser oidc;

    private SignedInUser(StaffUser user, boolean accessExpired, boolean locked, OidcUser oidc) {
        this.id = user.id();
        this.username = user.username();
        this.displayName = user.displayName();
        this.role = user.role();
        this.teamId = user.teamId();
        this.passwordHash = user.passwordHash();
        this.enabled = user.enabled();
        this.accessExpired = accessExpired;
        this.locked = locked;
        this.oidc = oidc;
    }

    static SignedInUser local(StaffUser user, boolean accessExpired, boolean locked) {
        return new SignedInUser(user, accessExpired, locked, null);
    }

    static SignedInUser local(StaffUser user, boolean accessExpired) {
        return local(user, accessExpired, false);
    }

    static SignedInUser federated(StaffUser user, OidcUser oidc) {
        return new SignedInUser(user, false, false, oidc);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long teamId() {
        return teamId;
    }

    /** For templates: {@code currentUser.can('CHILD_CREATE')}. */
    public boolean can(String permission) {
        return role.can(Permission.valueOf(permission));
    }

    public boolean can(Permission permission) {
        return role.can(permission);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonExpired() {
        return !accessExpired;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc == null ? Map.of() : oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc == null ? null : oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc == null ? null : oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc == null ? Map.of() : oidc.getAttributes();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
