package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.RoleGrant;
import org.haven.platform.security.PasswordHasher;
import org.haven.platform.security.PasswordPolicy;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A production database starts empty: the district is created from haven.district.* and, when
 * HAVEN_ADMIN_PASSWORD is given, a first district administrator {@code admin} with that password.
 */
@ApplicationScoped
public class DistrictBootstrap {

    private static final Logger LOG = Logger.getLogger(DistrictBootstrap.class.getName());

    @Inject
    DirectoryRepository directory;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.district.code", defaultValue = "district")
    String code;

    @Inject
    @ConfigProperty(name = "haven.district.name", defaultValue = "District")
    String name;

    @Inject
    @ConfigProperty(name = "haven.district.country", defaultValue = "FR")
    String country;

    @Inject
    @ConfigProperty(name = "haven.admin.password")
    Optional<String> adminPassword;

    @Transactional
    public void ensureDistrict() {
        District district = directory.district().orElseGet(() -> {
            District d = directory.add(new District(code, name, country, clock.instant()));
            audit.record(Actor.SYSTEM.did("DISTRICT_CREATED", "district", d.id(), null, code));
            return d;
        });
        if (directory.accountByUsername("admin").isPresent()) {
            return;
        }
        if (adminPassword.isEmpty() || PasswordPolicy.violation(adminPassword.get()).isPresent()) {
            LOG.warning("No 'admin' account: set HAVEN_ADMIN_PASSWORD (12+ characters, not only letters or digits)"
                    + " and restart to create the first district administrator.");
            return;
        }
        Account admin = new Account(district.id(), "admin", "Administrator", clock.instant());
        admin.setPasswordHash(new PasswordHasher().hash(adminPassword.get().toCharArray()));
        admin.grant(new RoleGrant(Role.DISTRICT_ADMIN, null));
        directory.add(admin);
        audit.record(Actor.SYSTEM.did("ACCOUNT_CREATED", "account", admin.id(), null, "district_admin"));
    }
}
