import RouteMapTestSupport
import Foundation
import Testing
import GeoEngines
@testable import RouteModel
import ShippedGeoData

@Suite struct GeoDataLoaderTests {
    @Test func shippedRouteHasAll168StationsWithChainageAndPosition() throws {
        let route = ShippedRoute.route
        #expect(route.stations.count == 168)
        #expect(route.stations.first?.name == "Quetta" && route.stations.last?.name == "Peshawar Cantonment")
        #expect(route.lengthKm == 1635)
        #expect(route.stations.filter { $0.positionSource == .estimated }.count == 13)
        for s in route.stations {
            #expect((-90...90).contains(s.position.lat) && (-180...180).contains(s.position.lon), "\(s.name)")
            #expect(s.position != GeoPoint(lon: 0, lat: 0), "\(s.name) has no position")
        }
    }

    @Test func embeddedCopyMatchesTheGeoDataFolder() throws {
        for (route, files) in ShippedGeoData.routes {
            let folder = ShippedRoute.geoDataFolder.appendingPathComponent(route)
            let onDisk = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue
            }
            #expect(Set(onDisk) == Set(files.keys), "run Scripts/embed-geodata")
            for (name, text) in files {
                let disk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                #expect(disk == text, "\(route)/\(name) differs from the embedded copy: run Scripts/embed-geodata")
            }
        }
    }

    @Test func directoryLoadingReadsTheSameRoute() throws {
        let files = try GeoDataFiles.directory(ShippedRoute.geoDataFolder.appendingPathComponent("jaffar-express").path)
        let data = try GeoDataLoader.load(files)
        #expect(data.stations.count == 168)
        #expect(data.tunnels.contains { $0.number == "8" })
    }

    private func loadError(_ replacements: [String: String?]) -> String {
        do {
            _ = try GeoDataLoader.load(shippedFiles(replacing: replacements))
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    private var stationsText: String { ShippedGeoData.routes[ShippedGeoData.defaultRoute]!["stations.csv"]! }

    @Test func latitudeOutOfRangeNamesFileLineAndField() {
        let broken = stationsText.replacingOccurrences(of: "30.1916268,67.0007561", with: "91.5,67.0007561")
        #expect(loadError(["stations.csv": broken]) == "stations.csv:2 field 'lat': 91.5 is outside the valid range -90.0…90.0")
    }

    @Test func unknownLineIsRefused() {
        let broken = stationsText.replacingOccurrences(of: "2,Sar-I-Ab,Sariab;Sar-i-Ab;Sar-e-Ab,ML-3", with: "2,Sar-I-Ab,Sariab;Sar-i-Ab;Sar-e-Ab,ML-9")
        #expect(loadError(["stations.csv": broken]).hasPrefix("stations.csv:3 field 'line': 'ML-9' is not a line of route.json"))
    }

    @Test func chainageThatDisagreesWithThePostIsRefused() {
        let broken = stationsText.replacingOccurrences(of: "ML-3,374,10,", with: "ML-3,374,11,")
        #expect(loadError(["stations.csv": broken]).hasPrefix("stations.csv:3 field 'chainage_km': 11.0 disagrees with ML-3 km post 374.0"))
    }

    @Test func stationsOutOfOrderAreRefused() {
        let lines = stationsText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var swapped = lines
        swapped.swapAt(2, 3)
        #expect(loadError(["stations.csv": swapped.joined(separator: "\n")]).contains("does not follow"))
    }

    @Test func missingColumnAndMissingFileAreNamed() {
        let noLon = stationsText.replacingOccurrences(of: "seq,name,aliases,line,km_post,chainage_km,lat,lon,", with: "seq,name,aliases,line,km_post,chainage_km,lat,longitude,")
        #expect(loadError(["stations.csv": noLon]) == "stations.csv:1 field 'lon': missing column; the header must name it")
        #expect(loadError(["stations.csv": nil]).hasPrefix("stations.csv: is missing from test"))
    }

    @Test func unclosedQuoteAndRaggedRowsAreRefused() {
        #expect(loadError(["stations.csv": stationsText + "169,\"Nowhere,x\n"]).contains("quoted field is never closed"))
        #expect(loadError(["tunnels.csv": "id,number,name,from_chainage_km,to_chainage_km,from_station,to_station,certainty,basis,source\nT-1,1,x,5,4\n"])
                    .hasPrefix("tunnels.csv:2: has 5 fields; expected 10"))
    }

    @Test func eventIntervalsMustBeOrderedAndOnTheRoute() {
        let header = "id,number,name,from_chainage_km,to_chainage_km,from_station,to_station,certainty,basis,source\n"
        #expect(loadError(["tunnels.csv": header + "T-1,1,x,9,4,,,known,,\n"]) == "tunnels.csv:2 field 'to_chainage_km': 4.0 must be greater than from_chainage_km 9.0")
        #expect(loadError(["tunnels.csv": header + "T-1,1,x,9,4000,,,known,,\n"]).contains("outside the valid range"))
        #expect(loadError(["tunnels.csv": header + "T-1,1,x,9,10,Atlantis,,known,,\n"]) == "tunnels.csv:2 field 'from_station': 'Atlantis' is not a station name in stations.csv")
        #expect(loadError(["tunnels.csv": header + "T-1,1,x,9,10,,,maybe,,\n"]).contains("'maybe' is not one of known, between-stations, uncertain"))
    }

    @Test func routeJSONErrorsNameTheJSONPath() {
        let route = ShippedGeoData.routes[ShippedGeoData.defaultRoute]!["route.json"]!
        #expect(loadError(["route.json": route.replacingOccurrences(of: "\"from_post_km\": 384", with: "\"from_post_km\": \"384\"")])
                    .hasPrefix("route.json field 'legs[0].from_post_km': has the wrong type"))
        #expect(loadError(["route.json": route.replacingOccurrences(of: "\"line\": \"LMK\"", with: "\"line\": \"XYZ\"")])
                    .hasPrefix("route.json field 'legs[2].line': 'XYZ' is not a known line"))
        #expect(loadError(["route.json": "{"]).hasPrefix("route.json: is not valid JSON"))
    }

    @Test func byteOrderMarkAndCRLFAreTolerated() throws {
        let crlf = "\u{FEFF}" + stationsText.replacingOccurrences(of: "\n", with: "\r\n")
        let data = try GeoDataLoader.load(shippedFiles(replacing: ["stations.csv": crlf]))
        #expect(data.stations.count == 168 && data.stations[0].station.name == "Quetta")
    }
}

@Suite struct GeoDataLoaderConsistencyTests {
    private func loadError(_ replacements: [String: String?]) -> String {
        do {
            _ = try GeoDataLoader.load(shippedFiles(replacing: replacements))
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    private func shipped(_ name: String) -> String { ShippedGeoData.routes[ShippedGeoData.defaultRoute]![name]! }

    @Test func helicopterBasisAndSpeedAreChecked() {
        let route = shipped("route.json")
        #expect(loadError(["route.json": route.replacingOccurrences(of: "\"basis\": \"assumption\"", with: "\"basis\": \"guess\"")])
                    == "route.json field 'helicopter.basis': 'guess' is not one of sourced, assumption")
        #expect(loadError(["route.json": route.replacingOccurrences(of: "\"cruise_kmh\": 180", with: "\"cruise_kmh\": -1")])
                    .hasPrefix("route.json field 'helicopter.cruise_kmh'"))
    }

    @Test func alternativesMustRepeatTheCurrentPost() {
        let alternatives = shipped("alternatives.csv")
        let broken = alternatives.replacingOccurrences(of: "Sibi,ML-3,243,", with: "Sibi,ML-3,244,")
        #expect(broken != alternatives)
        #expect(loadError(["alternatives.csv": broken]).contains("field 'km_post_current': 244.0 is not Sibi's km post in stations.csv (243.0)"))
    }

    /// A shape point after the last station used to reach Calibration's precondition (SIGILL).
    @Test func shapePointsMustLieBetweenTwoStations() {
        let shapes = shipped("shape_points.csv")
        let past = shapes + "Beyond,34.0,71.5,Peshawar Cantonment,Quetta,test,\n"
        let lines = shapes.split(separator: "\n").count
        #expect(loadError(["shape_points.csv": past])
                    == "shape_points.csv:\(lines + 1) field 'after_station': 'Peshawar Cantonment' must come before 'Quetta' in stations.csv (a shape point lies between two stations)")
        let same = shapes + "Here,29.5,67.7,Sibi,Sibi,test,\n"
        #expect(loadError(["shape_points.csv": same]).contains("'Sibi' must come before 'Sibi'"))
    }
}
