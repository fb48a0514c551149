package dk.jobmatch.notification;

import dk.jobmatch.api.model.NotificationDto;
import dk.jobmatch.api.model.NotificationPageDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = TimeMapping.class)
interface NotificationMapper {

    @Mapping(target = "date", source = "eventDate")
    NotificationDto toDto(Notification notification);

    @Mapping(target = "items", source = "found.notifications")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "found.total")
    NotificationPageDto toPage(Notifications.Found found, Paging paging);
}
