package dk.jobmatch.employer;

import dk.jobmatch.api.model.ContactPersonDto;
import dk.jobmatch.api.model.EmployerDto;
import dk.jobmatch.api.model.LocationDto;
import dk.jobmatch.api.model.EmployerPageDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import io.micronaut.data.model.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = TimeMapping.class)
interface EmployerMapper {

    @Mapping(target = "size", source = "companySize")
    @Mapping(target = "location", source = ".")
    @Mapping(target = "contactPerson", source = ".")
    EmployerDto toDto(Employer employer);

    /** An employer as sent by a client: identity and creation time are the server's to set. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "companySize", source = "size")
    @Mapping(target = "postcode", source = "location.postcode")
    @Mapping(target = "city", source = "location.city")
    @Mapping(target = "lat", source = "location.lat")
    @Mapping(target = "lon", source = "location.lon")
    @Mapping(target = "contactName", source = "contactPerson.name")
    @Mapping(target = "contactPhone", source = "contactPerson.phone")
    @Mapping(target = "contactEmail", source = "contactPerson.email")
    Employer toDomain(EmployerDto dto);

    @Mapping(target = "items", source = "result.content")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "result.totalSize")
    EmployerPageDto toPage(Page<Employer> result, Paging paging);

    default LocationDto location(Employer employer) {
        if (employer.postcode() == null) {
            return null;
        }
        LocationDto location = new LocationDto(employer.postcode());
        location.setCity(employer.city());
        location.setLat(employer.lat());
        location.setLon(employer.lon());
        return location;
    }

    default ContactPersonDto contactPerson(Employer employer) {
        if (employer.contactName() == null) {
            return null;
        }
        ContactPersonDto contact = new ContactPersonDto(employer.contactName());
        contact.setPhone(employer.contactPhone());
        contact.setEmail(employer.contactEmail());
        return contact;
    }

}
