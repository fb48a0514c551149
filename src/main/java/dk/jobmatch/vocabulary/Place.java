package dk.jobmatch.vocabulary;

/** Where someone lives or works: a postcode, and (when known) the city and coordinates. */
public record Place(String postcode, String city, Double lat, Double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** Great-circle distance (haversine); both places must have coordinates. */
    public double distanceKm(Place other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
