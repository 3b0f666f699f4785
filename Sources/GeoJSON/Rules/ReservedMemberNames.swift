/// Member names that GeoJSON gives a meaning to, so they can never be foreign members.
/// `crs` is included because RFC 7946 §4 removed it and a stray one would mislead readers.
enum ReservedMemberNames {
    static let all: Set<String> = [
        "type", "id", "bbox", "geometry", "properties", "features", "coordinates", "geometries", "crs",
    ]
}
