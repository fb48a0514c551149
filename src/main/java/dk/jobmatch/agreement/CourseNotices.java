package dk.jobmatch.agreement;

import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.notification.Notification;
import dk.jobmatch.notification.Notifications;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Course events that the consultants following an agreement must hear about (HOURS_REDUCED,
 * STOPPED, ORDINARY_HOURS, HIRED) become notifications in the event's own transaction. The Danish
 * text names the employer and the need, never the citizen (a list of notifications is then no
 * read of citizen data; the agreement it links to is, and is audited there).
 */
@Singleton
class CourseNotices {

    private final Notifications notifications;
    private final NeedService needs;
    private final EmployerService employers;

    CourseNotices(Notifications notifications, NeedService needs, EmployerService employers) {
        this.notifications = notifications;
        this.needs = needs;
        this.employers = employers;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void recorded(Agreement agreement, AgreementContent content, AgreementEvent event) {
        kind(event.type()).ifPresent(kind -> notifications.courseEvent(recipients(agreement,
                employers.find(agreement.employerId()).map(Employer::ownerUsername).orElse(null)), agreement.id(), kind,
                event.date(), text(kind, content, agreement, event.date())));
    }

    /**
     * Who hears of a course event: the agreement's consultant and the employer's owner (the
     * consultant who keeps the company relation), each once. The one place that says so.
     */
    static Set<String> recipients(Agreement agreement, @Nullable String employerOwner) {
        Set<String> recipients = new LinkedHashSet<>(List.of(agreement.consultant()));
        if (employerOwner != null) {
            recipients.add(employerOwner);
        }
        return recipients;
    }

    private static Optional<Notification.Kind> kind(AgreementEvent.Type type) {
        return switch (type) {
            case HOURS_REDUCED -> Optional.of(Notification.Kind.HOURS_REDUCED);
            case STOPPED -> Optional.of(Notification.Kind.STOPPED);
            case ORDINARY_HOURS -> Optional.of(Notification.Kind.ORDINARY_HOURS);
            case HIRED -> Optional.of(Notification.Kind.HIRED);
            case EMPLOYMENT_ENDED -> Optional.empty();
        };
    }

    private String text(Notification.Kind kind, AgreementContent content, Agreement agreement, LocalDate date) {
        String employer = content.employer() == null || content.employer().name() == null
                ? "virksomheden" : content.employer().name();
        String need = needs.findAll(List.of(agreement.needId())).stream().findFirst().map(Need::title)
                .map(title -> " (" + title + ")").orElse("");
        String where = employer + need;
        String when = AgreementDocument.DATE.format(date);
        return switch (kind) {
            case HOURS_REDUCED -> "Timerne er sat ned i forløbet hos " + where + " fra " + when + ".";
            case STOPPED -> "Forløbet hos " + where + " er stoppet " + when + ".";
            case ORDINARY_HOURS -> "Forløbet hos " + where + " er gået over til ordinære timer fra " + when + ".";
            case HIRED -> "Borgeren er ansat hos " + where + " fra " + when + ".";
        };
    }
}
