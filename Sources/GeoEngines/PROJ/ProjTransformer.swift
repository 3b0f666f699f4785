import CPROJ

/// A coordinate operation between two CRSs, bound to the `ProjContext` that made it. It keeps that
/// context's C handle alive (a strong reference), so it stays valid after the `ProjContext` is gone;
/// use it only on the thread that uses the context.
public final class ProjTransformer {
    private let pointer: OpaquePointer
    private let core: ProjContextCore

    init(_ pointer: OpaquePointer, core: ProjContextCore) {
        self.pointer = pointer
        self.core = core
    }

    deinit {
        proj_destroy(pointer)
    }

    /// Forward transform of one lon/lat point; refuses results that come back infinite.
    public func forward(_ p: GeoPoint) throws -> XY {
        let r = proj_trans(pointer, PJ_FWD, proj_coord(p.lon, p.lat, 0, 0))
        guard r.xy.x.isFinite, r.xy.y.isFinite else {
            throw ProjError(operation: "forward transform of \(p)", message: core.log.last)
        }
        return XY(r.xy.x, r.xy.y)
    }

    /// Inverse transform of one planar point back to lon/lat.
    public func inverse(_ p: XY) throws -> GeoPoint {
        let r = proj_trans(pointer, PJ_INV, proj_coord(p.x, p.y, 0, 0))
        guard r.xy.x.isFinite, r.xy.y.isFinite else {
            throw ProjError(operation: "inverse transform of (\(p.x), \(p.y))", message: core.log.last)
        }
        return GeoPoint(lon: r.xy.x, lat: r.xy.y)
    }

    /// Forward transform of many points in one `proj_trans_generic` call, in place.
    /// `xs` holds longitudes on entry and eastings on return; `ys` latitudes, then northings.
    /// Points that fail come back as infinity; callers check `isFinite`.
    public func forwardInPlace(xs: inout [Double], ys: inout [Double]) {
        let n = min(xs.count, ys.count)
        let stride = MemoryLayout<Double>.stride
        xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                _ = proj_trans_generic(pointer, PJ_FWD, x.baseAddress, stride, n, y.baseAddress, stride, n,
                                       nil, 0, 0, nil, 0, 0)
            }
        }
    }
}
