import Testing
@testable import GeoEngines

/// A transformer keeps its context's C handle alive: PROJ operations made in a context must not run
/// (or be destroyed) after `proj_context_destroy`, which is what an unowned back-reference allowed.
@Suite struct ProjLifetimeTests {
    @Test func aTransformerOutlivesTheContextThatMadeIt() throws {
        weak var released: ProjContext?
        let tm: ProjTransformer = try {
            let context = ProjContext()
            released = context
            return try context.transverseMercator(centralMeridian: 70.5)
        }()
        #expect(released == nil, "the ProjContext object itself is gone")
        let xy = try tm.forward(GeoPoint(lon: 67.01, lat: 30.19))
        let back = try tm.inverse(xy)
        #expect(abs(back.lon - 67.01) < 1e-9 && abs(back.lat - 30.19) < 1e-9)
        var xs = [67.01], ys = [30.19]
        tm.forwardInPlace(xs: &xs, ys: &ys)
        #expect(xs[0] == xy.x && ys[0] == xy.y)
    }

    /// A failure reads the context's log; with the context gone this used to trap.
    @Test func aFailureAfterTheContextIsGoneStillCarriesPROJsMessage() throws {
        let tm = try ProjContext().transverseMercator(centralMeridian: 70.5)
        #expect(throws: ProjError.self) { _ = try tm.forward(GeoPoint(lon: 67, lat: 95)) }
    }
}
