package dk.jobmatch.employer;

import dk.jobmatch.api.model.ContactPersonDto;
import dk.jobmatch.api.model.EmployerDto;
import dk.jobmatch.api.model.LocationDto;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

@Mapper(uses = TimeMapping.class)
interface EmployerMapper {

    @Mapping(target = "size", source = "companySize")
    @Mapping(target = "location", source = ".")
    @Mapping(target = "contactPerson", source = ".")
    EmployerDto toDto(Employer employer);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "companySize", source = "dto.size")
    @Mapping(target = "postcode", source = "dto.location.postcode")
    @Mapping(target = "city", source = "dto.location.city")
    @Mapping(target = "lat", source = "dto.location.lat")
    @Mapping(target = "lon", source = "dto.location.lon")
    @Mapping(target = "contactName", source = "dto.contactPerson.name")
    @Mapping(target = "contactPhone", source = "dto.contactPerson.phone")
    @Mapping(target = "contactEmail", source = "dto.contactPerson.email")
    @Mapping(target = "createdAt", source = "createdAt")
    Employer toDomain(EmployerDto dto, String id, Instant createdAt);

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
