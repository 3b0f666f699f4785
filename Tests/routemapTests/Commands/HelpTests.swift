import Foundation
import Testing

@Suite struct HelpTests {
    @Test(arguments: ["summary", "stations", "locate", "snap", "distance", "place", "distances", "snap-points", "export", "validate"])
    func everyCommandsHelpHasAnExample(command: String) throws {
        let r = try RoutemapBinary.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Example"), "\(command) --help has no example")
    }
}
