package dk.jobmatch.notification;

import dk.jobmatch.api.NotificationsApi;
import dk.jobmatch.api.model.NotificationPageDto;
import dk.jobmatch.common.Paging;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationController implements NotificationsApi {

    private final Notifications notifications;
    private final NotificationMapper mapper;

    NotificationController(Notifications notifications, NotificationMapper mapper) {
        this.notifications = notifications;
        this.mapper = mapper;
    }

    @Override
    public NotificationPageDto listNotifications(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(notifications.mine(paging), paging);
    }
}
