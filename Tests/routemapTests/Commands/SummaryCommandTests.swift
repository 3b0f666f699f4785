import Foundation
import Testing

@Suite struct SummaryCommandTests {
    @Test func summaryNamesTheLegsAndTheDataWarnings() throws {
        let r = try RoutemapBinary.run(["summary", "--format", "json"])
        let json = try r.json()
        #expect(json["length_km"] as? Double == 1635 && (json["legs"] as? [Any])?.count == 4)
        #expect((json["warnings"] as? [String])?.contains { $0.hasPrefix("Ab-I-Gum → Peshi") } == true)
    }

    /// The doubtful sections of the reference check (data-checks.md), each with its straight and post km.
    @Test func dataWarningsListTheTwelveDoubtfulSectionsWithTheirFigures() throws {
        let expected: [String: (Double, Double)] = [
            "Ab-I-Gum → Peshi": (11.59, 8), "Peshi → Panir": (8.25, 15), "Dera Murad Jamali → Mangoli": (10.85, 20),
            "Mangoli → Dera Allahyar": (12.83, 4), "Sahiwal → Yousafwala": (17.21, 10), "Yousafwala → Okara Cantt": (7.33, 15),
            "Eminabad → Gujranwala": (16.25, 13), "Lahore Junction → Badami Bagh": (2.77, 2), "Bakrala → Tarki": (2.16, 5),
            "Rawalpindi → Nur": (4.28, 3), "Nur → Madina-Tul-Hijjaj": (4.18, 7), "Khushhal Kot → Pir Piai": (3.83, 3),
        ]
        let json = try RoutemapBinary.run(["summary", "--format", "json"]).json()
        let warnings = try #require(json["data_warnings"] as? [[String: Any]])
        let ratioCodes: Set<String> = ["posts-shorter-than-straight-line", "posts-longer-than-track-allows"]
        var seen: Set<String> = []
        for w in warnings where ratioCodes.contains(w["code"] as? String ?? "") {
            let section = "\(w["from_station"] as? String ?? "?") → \(w["to_station"] as? String ?? "?")"
            let figures = try #require(w["figures"] as? [String: Double])
            let (straight, posts) = try #require(expected[section], "unexpected doubtful section \(section)")
            #expect(abs(figures["straight_km"]! - straight) < 0.05 && figures["posts_km"] == posts, "\(section)")
            seen.insert(section)
        }
        #expect(seen == Set(expected.keys))
        #expect(warnings.contains { $0["code"] as? String == "station-behind-predecessor" && $0["from_station"] as? String == "Bakrala" })
    }

    @Test func theTableCountsTheWarningsAndListsThemBelow() throws {
        let r = try RoutemapBinary.run(["summary"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("posts-longer-than-track-allows 5") && r.stdout.contains("posts-shorter-than-straight-line 7"))
        #expect(r.stdout.contains("warning: Mangoli (ML-3 km 101)") && r.stdout.contains("~110"))
        #expect(r.stdout.contains("alias 'Sar-i-Ab' of 'Sar-I-Ab' differs from the name only in letter case"))
    }
}
