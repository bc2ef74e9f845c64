package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.platform.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How to reach people, for notifications and the parent portal: an account's mailbox (address, language), the
 * accounts of a pupil's parents, a parent account's children, the referents of a school. No audit here: these
 * are contact details handed to other services, which audit what they show.
 */
@ApplicationScoped
public class Contacts {

    /** Where and in which language an account is written to; email may be null. */
    public record Mailbox(long accountId, String displayName, String email, String language, boolean enabled) {
    }

    /** A child of a parent account, as the parent portal names them. */
    public record Child(long personId, String firstName, String lastName) {
    }

    @Inject
    DirectoryRepository directory;

    @Inject
    PeopleRepository people;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Mailbox> mailbox(long accountId) {
        return directory.account(accountId).map(Contacts::mailboxOf);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Mailbox> mailboxes(Collection<Long> accountIds) {
        return accountIds.stream().map(directory::account).flatMap(Optional::stream).map(Contacts::mailboxOf)
                .toList();
    }

    /** The enabled accounts of a pupil's parents. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> guardianAccounts(long childPersonId) {
        return people.guardianAccountIds(childPersonId);
    }

    /** The children of a parent account (none for any other account). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Child> childrenOf(long accountId) {
        Optional<Person> parent = directory.account(accountId).map(Account::person)
                .filter(p -> p.kind() == PersonKind.PARENT);
        return parent.map(p -> people.childrenOf(p.id()).stream()
                .map(c -> new Child(c.id(), c.firstName(), c.lastName())).toList()).orElse(List.of());
    }

    /** The referents of a school, whom parents may contact about a case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Mailbox> referentsOf(long schoolId) {
        return mailboxes(directory.accountIdsWithRole(schoolId, List.of(Role.REFERENT)));
    }

    private static Mailbox mailboxOf(Account a) {
        return new Mailbox(a.id(), a.displayName(), a.email(), a.language(), a.enabled());
    }
}
