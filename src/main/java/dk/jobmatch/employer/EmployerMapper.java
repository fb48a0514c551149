package dk.jobmatch.employer;

import dk.jobmatch.api.model.ConsultantRefDto;
import dk.jobmatch.api.model.ContactPersonDto;
import dk.jobmatch.api.model.EmployerContactDto;
import dk.jobmatch.api.model.EmployerContactPageDto;
import dk.jobmatch.api.model.EmployerContactRequestDto;
import dk.jobmatch.api.model.EmployerDto;
import dk.jobmatch.api.model.LocationDto;
import dk.jobmatch.api.model.EmployerPageDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import io.micronaut.data.model.Page;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = TimeMapping.class)
interface EmployerMapper {

    @Mapping(target = "size", source = "companySize")
    @Mapping(target = "location", source = ".")
    @Mapping(target = "contactPerson", source = ".")
    @Mapping(target = "owner", source = "ownerUsername")
    @Mapping(target = "contactOverdue", expression = "java(employer.contactOverdue(shown.today()))")
    EmployerDto toDto(Employer employer, @Context Shown shown);

    /** An employer as sent by a client: identity, creation time, owner and contact dates are the server's to set. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "ownerUsername", ignore = true)
    @Mapping(target = "lastContactDate", ignore = true)
    @Mapping(target = "nextContactDate", ignore = true)
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
    EmployerPageDto toPage(Page<Employer> result, Paging paging, @Context Shown shown);

    /** A contact as sent by a client: the server sets who, for which employer and when it was logged. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "employerId", ignore = true)
    @Mapping(target = "consultant", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    EmployerContact toDomain(EmployerContactRequestDto dto);

    EmployerContactDto toDto(EmployerContact contact, @Context Shown shown);

    @Mapping(target = "items", source = "result.content")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "result.totalSize")
    EmployerContactPageDto toContactPage(Page<EmployerContact> result, Paging paging, @Context Shown shown);

    default ConsultantRefDto consultant(String username, @Context Shown shown) {
        if (username == null) {
            return null;
        }
        ConsultantRefDto consultant = new ConsultantRefDto(username);
        consultant.setDisplayName(shown.displayName(username));
        return consultant;
    }

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
