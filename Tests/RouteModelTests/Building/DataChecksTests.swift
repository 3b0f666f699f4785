import RouteMapTestSupport
import Testing
import GeoEngines
@testable import RouteModel

/// The data checks on small made-up routes (each rule alone) and on the shipped data, whose expected
/// findings come from the reference check of the station table (data-checks.md), not from routemap.
@Suite struct DataChecksTests {
    /// Codes of the warnings that concern one section between consecutive stations.
    static let sectionCodes: Set<String> = ["posts-shorter-than-straight-line", "posts-longer-than-track-allows", "station-behind-predecessor"]

    /// A one-line route along latitude 30°: stations at the given longitudes and km posts (= chainage).
    static func route(_ stations: [(lon: Double, post: Int)], dataChecks: String = "", aliases: [String] = []) throws -> Route {
        let last = stations.last!.post
        let json = """
        {"id":"t","name":"t","from":"S0","to":"S\(stations.count - 1)","calibration":"test","post_rounding_km":0.5,\(dataChecks)
         "lines":[{"id":"L","name":"L"}],"legs":[{"line":"L","from_station":"S0","to_station":"S\(stations.count - 1)","from_post_km":0,"to_post_km":\(last)}]}
        """
        var csv = "seq,name,aliases,line,km_post,chainage_km,lat,lon,position,elevation_m,stops,coord_source,elev_source,notes\n"
        for (i, s) in stations.enumerated() {
            let alias = i < aliases.count ? aliases[i] : ""
            csv += "\(i + 1),S\(i),\(alias),L,\(s.post),\(s.post),30,\(s.lon),osm,,no,,,note of S\(i)\n"
        }
        return try RouteBuilder.build(GeoDataFiles(origin: "test", files: ["route.json": json, "stations.csv": csv]), engines: WorkerEngines())
    }

    /// 0.1° of longitude at latitude 30° is about 9.65 km.
    static let even: [(lon: Double, post: Int)] = [(67.0, 0), (67.1, 10), (67.2, 20), (67.3, 30), (67.4, 40)]

    @Test func evenlySpacedStationsRaiseNoWarning() throws {
        #expect(try Self.route(Self.even).warnings.isEmpty)
    }

    @Test func oneWrongPostFlagsBothSectionsAndBlamesTheStation() throws {
        var stations = Self.even
        stations[2].post = 13   // S2 really lies at ~20 (its coordinate is evenly spaced)
        let warnings = try Self.route(stations).warnings
        let long = try #require(warnings.first { $0.code == "posts-shorter-than-straight-line" })
        #expect(long.fromStation == "S1" && long.toStation == "S2")
        let straight = Geodesic.wgs84.distance(GeoPoint(lon: 67.1, lat: 30), GeoPoint(lon: 67.2, lat: 30)) / 1000
        #expect(abs(long.figures.first { $0.name == "ratio" }!.value - straight / 3) < 1e-9)
        let short = try #require(warnings.first { $0.code == "posts-longer-than-track-allows" })
        #expect(short.fromStation == "S2" && short.toStation == "S3")
        let blame = try #require(warnings.first { $0.code == "station-coordinate-or-post-off" })
        #expect(blame.message.hasPrefix("S2 (L km 13)") && blame.message.contains("note of S2"))
        // Equal spacing on the ground: the fitting post is half-way between the neighbours' 10 and 30.
        #expect(abs(blame.figures.first { $0.name == "fitting_post_km" }!.value - 20) < 0.01)
        #expect(!warnings.contains { $0.code == "station-behind-predecessor" })
    }

    @Test func aStationBehindItsPredecessorIsAZigzag() throws {
        var stations = Self.even
        stations[3].lon = 67.15   // S3 drawn between S1 and S2
        let warnings = try Self.route(stations).warnings
        let behind = try #require(warnings.first { $0.code == "station-behind-predecessor" })
        #expect(behind.fromStation == "S2" && behind.toStation == "S3")
        // S3 is 0.05° (~4.8 km) short of S2 along the west–east line.
        #expect(abs(behind.figures.first { $0.name == "behind_km" }!.value - 4.82) < 0.05)
        #expect(behind.message.contains("S1 → S2 → S3 zigzag"))
    }

    @Test func aSharpBendIsNotAZigzag() throws {
        // Out east along 30°N, then back west 0.05° further north: every station still advances.
        let json = try Self.route([(67.0, 0), (67.1, 10), (67.2, 20), (67.25, 30), (67.3, 40)]).warnings
        #expect(!json.contains { $0.code == "station-behind-predecessor" })
    }

    @Test func routeJSONSetsTheRatioBounds() throws {
        let strict = try Self.route(Self.even, dataChecks: "\"data_checks\":{\"min_chord_ratio\":0.5,\"max_chord_ratio\":0.95},")
        #expect(strict.warnings.filter { $0.code == "posts-shorter-than-straight-line" }.count == 4)
        #expect(throws: InputFileError.self) {
            try Self.route(Self.even, dataChecks: "\"data_checks\":{\"min_chord_ratio\":1.2,\"max_chord_ratio\":1.1},")
        }
    }

    @Test func anAliasRepeatingTheNameIsDroppedWithAWarning() throws {
        let route = try Self.route(Self.even, aliases: ["", "s1;S-one"])
        #expect(route.station(named: "S1")?.aliases == ["S-one"])
        let note = try #require(route.warnings.first { $0.code == "alias-same-as-name" })
        #expect(note.message.contains("line 3") && note.message.contains("'s1'"))
    }

    /// data-checks.md (the reference's own check of the station table): section, straight km, posts km, ratio.
    static let reference: [(String, String, Double, Double, Double)] = [
        ("Ab-I-Gum", "Peshi", 11.59, 8, 1.45), ("Peshi", "Panir", 8.25, 15, 0.55),
        ("Dera Murad Jamali", "Mangoli", 10.85, 20, 0.54), ("Mangoli", "Dera Allahyar", 12.83, 4, 3.21),
        ("Sahiwal", "Yousafwala", 17.21, 10, 1.72), ("Yousafwala", "Okara Cantt", 7.33, 15, 0.49),
        ("Eminabad", "Gujranwala", 16.25, 13, 1.25), ("Lahore Junction", "Badami Bagh", 2.77, 2, 1.38),
        ("Bakrala", "Tarki", 2.16, 5, 0.43), ("Rawalpindi", "Nur", 4.28, 3, 1.43),
        ("Nur", "Madina-Tul-Hijjaj", 4.18, 7, 0.60), ("Khushhal Kot", "Pir Piai", 3.83, 3, 1.28),
    ]

    @Test func shippedDataYieldsExactlyTheTwelveDoubtfulSectionsOfTheReference() throws {
        let warnings = ShippedRoute.route.warnings.filter { Self.sectionCodes.contains($0.code) }
        let found = Set(warnings.map { "\($0.fromStation!) → \($0.toStation!)" })
        #expect(found == Set(Self.reference.map { "\($0.0) → \($0.1)" }))
        for (from, to, straight, posts, ratio) in Self.reference {
            let w = try #require(warnings.first { $0.fromStation == from && $0.toStation == to && $0.code != "station-behind-predecessor" })
            let figure = { (name: String) in w.figures.first { $0.name == name }!.value }
            // The reference used haversine; routemap the ellipsoid: they agree to ~0.05 km here.
            #expect(abs(figure("straight_km") - straight) < 0.05, "\(from) → \(to)")
            #expect(figure("posts_km") == posts && abs(figure("ratio") - ratio) < 0.01, "\(from) → \(to)")
        }
        // The reference's two short sections within rounding say so.
        for from in ["Lahore Junction", "Khushhal Kot"] {
            #expect(warnings.first { $0.fromStation == from }?.message.contains("within the two posts'") == true)
        }
        // Tarki behind Bakrala: the Domeli → Bakrala → Tarki zigzag.
        #expect(warnings.contains { $0.code == "station-behind-predecessor" && $0.fromStation == "Bakrala" && $0.message.contains("Domeli → Bakrala → Tarki") })
    }

    @Test func mangolisPostIsTheLikelierErrorAndAbout110FitsTheSpacing() throws {
        let mangoli = try #require(ShippedRoute.route.warnings.first { $0.code == "station-coordinate-or-post-off" && $0.message.hasPrefix("Mangoli") })
        // data-checks.md: 10.85 km + 12.83 km straight over Dera Murad Jamali (post 121) → Dera Allahyar (97);
        // equal ratios put Mangoli at 121 − 24 × 10.85 / 23.68 ≈ 110.0.
        let expected = 121 - 24 * 10.85 / (10.85 + 12.83)
        #expect(abs(mangoli.figures.first { $0.name == "fitting_post_km" }!.value - expected) < 0.2)
        #expect(mangoli.message.contains("~110") && mangoli.message.contains("km post (101) is the likelier error"))
    }
}
